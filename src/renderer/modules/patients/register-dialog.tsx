import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf } from '../../api/app-error';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { describeError } from '../../i18n/describe-error';
import { EMPTY_DRAFT, inputFromDraft } from './patient-draft';
import { PatientForm } from './patient-form';

/**
 * Registers a patient. A document already on file offers to open that record; a namesake
 * born the same day asks whether this really is someone else before registering anyway.
 */
export function RegisterDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const register = useMutation(
    trpc.patients.register.mutationOptions({
      onSuccess: (patient) => {
        void queryClient.invalidateQueries({ queryKey: trpc.patients.search.queryKey() });
        onOpen(patient.id);
      },
    }),
  );
  const save = (confirmed: { confirmPossibleDuplicate?: boolean; confirmOtherDocument?: boolean }): void => register.mutate({ ...inputFromDraft(draft), ...confirmed });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    save({});
  };
  const app = appErrorOf(register.error);
  const existingId = typeof app?.details.existingPatientId === 'string' ? app.details.existingPatientId : null;
  const existingMrn = typeof app?.details.existingMrn === 'string' ? app.details.existingMrn : '';
  // Refusals about who this is are answered where the number is typed, not below the whole form.
  const notice =
    app?.code === 'PATIENT_DUPLICATE_IDENTITY' && existingId ? (
      <Alert severity="warning" role="alert" action={<Button onClick={() => onOpen(existingId)} data-testid="patient-open-existing">{t('patients.open')}</Button>}>
        {t('patients.alreadyRegistered', { mrn: existingMrn })}
      </Alert>
    ) : app?.code === 'PATIENT_POSSIBLE_DUPLICATE' && existingId ? (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Stack direction="row">
            <Button onClick={() => onOpen(existingId)}>{t('patients.open')}</Button>
            <Button onClick={() => save({ confirmPossibleDuplicate: true })} data-testid="patient-register-anyway">{t('patients.registerAnyway')}</Button>
          </Stack>
        }
      >
        {t('patients.possibleDuplicate', { mrn: existingMrn })}
      </Alert>
    ) : app?.code === 'IDENTITY_LOOKS_LIKE_MYKAD' ? (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Stack direction="row">
            <Button onClick={() => setDraft({ ...draft, identityType: 'mykad' })} data-testid="patient-use-mykad">{t('patients.useMyKad')}</Button>
            <Button onClick={() => save({ confirmOtherDocument: true })} data-testid="patient-keep-other-document">{t('patients.keepOtherDocument')}</Button>
          </Stack>
        }
      >
        {describeError(register.error, t)}
      </Alert>
    ) : null;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}>
      <DialogTitle>{t('patients.register')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <PatientForm value={draft} onChange={setDraft} error={register.error} autoFocus identityNotice={notice} />
          {!notice && <ErrorAlert error={register.error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={register.isPending} data-testid="patient-save">
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
