import { FormControlLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field/date-field';
import { useClinicClock } from '../../format/use-clinic-clock';
import { EntryDialog } from './entry-dialog';

/** How a row closes: on a date (resolved, stopped), or as entered in error (today, with the reason). */
export type CloseOutcome = { status: 'closed'; date: string; reason: string } | { status: 'entered_in_error'; reason: string };

interface Props {
  title: string;
  /** The words for the dated outcome: "Resolved", "Stopped". */
  closedLabel: string;
  /** A stopped medicine needs its reason; a resolved problem may go without. */
  reasonRequired: boolean;
  testId: string;
  pending: boolean;
  error: unknown;
  onConfirm: (outcome: CloseOutcome) => void;
  onClose: () => void;
}

/** Closes a problem or a medication, keeping the row: resolved or stopped on a date, or entered in error with the reason. */
export function CloseEntryDialog({ title, closedLabel, reasonRequired, testId, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const today = useClinicClock().date;
  const [status, setStatus] = useState<CloseOutcome['status']>('closed');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const needsReason = status === 'entered_in_error' || reasonRequired;
  const ready = (status === 'entered_in_error' || date !== '') && (!needsReason || reason.trim() !== '');
  const save = () => onConfirm(status === 'closed' ? { status, date, reason } : { status, reason });
  return (
    <EntryDialog title={title} testId={testId} ready={ready} pending={pending} error={error} saveColor="warning" onSave={save} onClose={onClose}>
      <RadioGroup row value={status} onChange={(event) => setStatus(event.target.value as CloseOutcome['status'])}>
        <FormControlLabel value="closed" control={<Radio />} label={closedLabel} />
        <FormControlLabel value="entered_in_error" control={<Radio />} label={t('chart.enteredInError')} data-testid={`${testId}-error`} />
      </RadioGroup>
      {status === 'closed' && <DateField label={t('chart.date')} value={date} onChange={setDate} max={today} size="small" required />}
      <TextField
        size="small"
        label={t('chart.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required={needsReason}
        autoFocus
        slotProps={{ htmlInput: { maxLength: 300, 'data-testid': `${testId}-reason` } }}
      />
    </EntryDialog>
  );
}
