import { Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';

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
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (ready) onConfirm(status === 'closed' ? { status, date, reason } : { status, reason });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" slotProps={{ paper: { 'data-testid': testId } as object }}>
      <form onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
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
            <ErrorAlert error={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" disabled={pending || !ready} data-testid={`${testId}-confirm`}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
