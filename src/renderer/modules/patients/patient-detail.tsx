import { Alert, Button, Paper, Stack } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { draftFromPatient, inputFromDraft } from './patient-draft';
import { PatientForm } from './patient-form';
import { PatientHeader } from './patient-header';

/** One patient: the header, and the record to read or (with patients.manage) edit. */
export function PatientDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const patient = useQuery(trpc.patients.get.queryOptions({ id }));
  return (
    <Stack spacing={2}>
      <Button startIcon={<ArrowBackIcon />} onClick={onBack} sx={{ alignSelf: 'flex-start' }} data-testid="patient-back">
        {t('patients.backToSearch')}
      </Button>
      <ErrorAlert error={patient.error} />
      {patient.data && <PatientRecordEditor key={`${patient.data.id}:${patient.data.version}`} patient={patient.data} />}
    </Stack>
  );
}

function PatientRecordEditor({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editable = useCan('patients.manage') && !patient.mergedIntoId;
  const [draft, setDraft] = useState(() => draftFromPatient(patient));
  const update = useMutation(
    trpc.patients.update.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.patients.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.patients.search.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    update.mutate({ ...inputFromDraft(draft), id: patient.id, version: patient.version });
  };
  return (
    <Stack spacing={2}>
      <PatientHeader patient={patient} />
      <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: 2 }}>
        <Stack spacing={2}>
          <PatientForm value={draft} onChange={setDraft} error={update.error} disabled={!editable} />
          <ErrorAlert error={update.error} />
          {update.isSuccess && <Alert severity="success">{t('common.saved')}</Alert>}
          {editable && (
            <Button type="submit" variant="contained" disabled={update.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="patient-save">
              {t('common.save')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
