import { Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { issueTimeSlipInputSchema, type IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { DocumentDialog } from './document-dialog';
import { useIssueDocument } from './use-issue-document';

const LIMITS = textLimitsOf(issueTimeSlipInputSchema);

export interface TimeSlipDialogProps {
  visitId: string;
  open: boolean;
  onClose: () => void;
  onIssued: (document: IssuedVisitDocument) => void;
}

/** The time slip: from check-in to now unless the doctor types the times; Enter issues it. */
export function TimeSlipDialog({ visitId, open, onClose, onIssued }: TimeSlipDialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [arrivedAt, setArrivedAt] = useState('');
  const [leftAt, setLeftAt] = useState('');
  const [remarks, setRemarks] = useState('');
  const mutation = useMutation(trpc.visitDocuments.issueTimeSlip.mutationOptions());
  const { form, issue, frame } = useIssueDocument({ visitId, mutation, limits: LIMITS, onIssued, onClose });
  const submit = (): void =>
    issue({ visitId, arrivedAt: arrivedAt || undefined, leftAt: leftAt || undefined, remarks: remarks.trim() || undefined });

  return (
    <DocumentDialog
      open={open}
      title={t('visitDocuments.timeSlip.title')}
      submitLabel={t('visitDocuments.timeSlip.issue')}
      onSubmit={submit}
      {...frame}
      testId="time-slip-dialog"
    >
      <Stack direction="row" spacing={2}>
        {(
          [
            ['arrivedAt', arrivedAt, setArrivedAt],
            ['leftAt', leftAt, setLeftAt],
          ] as const
        ).map(([field, value, set], index) => (
          <TextField
            key={field}
            label={t(`visitDocuments.timeSlip.${field}`)}
            type="time"
            autoFocus={index === 0}
            value={value}
            onChange={(event) => set(event.target.value)}
            {...form.check(field, undefined, index === 0 ? t('visitDocuments.timeSlip.hint') : undefined)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...form.input(field), 'data-testid': `time-slip-${field}` } }}
          />
        ))}
      </Stack>
      <TextField
        label={t('visitDocuments.remarks')}
        value={remarks}
        onChange={(event) => setRemarks(event.target.value)}
        {...form.check('remarks', remarks)}
        slotProps={{ htmlInput: { ...form.input('remarks'), 'data-testid': 'time-slip-remarks' } }}
      />
    </DocumentDialog>
  );
}
