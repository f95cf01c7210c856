import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentVerification } from '../../../shared/schemas/documents';
import { useTRPCClient } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';
import { kindName } from './kind-name';

/**
 * The front desk's answer to an employer on the phone: serial and code → valid (with an MC's
 * leave), cancelled, or not found, in plain words, and nothing else about the patient.
 */
export function VerifyDocumentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const [serial, setSerial] = useState('');
  const [code, setCode] = useState('');
  // Asked once per press of Check, not as the serial is typed: a query read on demand, held like a mutation's answer.
  const check = useMutation({ mutationFn: (input: { serial: string; code: string }) => client.documents.verify.query(input) });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    check.mutate({ serial, code });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'verify-document' } as object }}>
      <DialogTitle>{t('visitDocuments.verify.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('visitDocuments.verify.privacy')}
          </Typography>
          <TextField label={t('visitDocuments.verify.serial')} required autoFocus value={serial} onChange={(event) => setSerial(event.target.value)} slotProps={{ htmlInput: { maxLength: 40, 'data-testid': 'verify-serial' } }} />
          <TextField label={t('visitDocuments.verify.code')} required value={code} onChange={(event) => setCode(event.target.value)} slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'verify-code' } }} />
          {check.data && <VerificationAnswer answer={check.data} />}
          <ErrorAlert error={check.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button type="submit" variant="contained" disabled={check.isPending} data-testid="verify-check">
          {t('visitDocuments.verify.check')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function VerificationAnswer({ answer }: { answer: DocumentVerification }) {
  const { t, i18n } = useTranslation();
  const dates = useClinicDates();
  if (answer.status === 'unknown') {
    return (
      <Alert severity="warning" data-testid="verify-answer">
        {t('visitDocuments.verify.unknown')}
      </Alert>
    );
  }
  const kind = kindName(t, answer.kind);
  if (answer.status === 'cancelled') {
    return (
      <Alert severity="error" data-testid="verify-answer">
        {t('visitDocuments.verify.cancelled', { kind, serial: answer.serial, cancelledAt: dates.dateTime(answer.cancelledAt ?? '') })}
      </Alert>
    );
  }
  const day = (date: string): string => calendarDay(date, i18n.language, 'short');
  return (
    <Alert severity="success" data-testid="verify-answer">
      {t('visitDocuments.verify.valid', { kind, serial: answer.serial, issuedAt: dates.dateTime(answer.issuedAt) })}
      {answer.leave && ` ${t(answer.kind === 'quarantine-slip' ? 'visitDocuments.verify.isolation' : 'visitDocuments.verify.leave', { count: answer.leave.days, from: day(answer.leave.from), to: day(answer.leave.to) })}`}
    </Alert>
  );
}
