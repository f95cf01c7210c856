import { Alert, Box, Button, Paper, Stack } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import HistoryIcon from '@mui/icons-material/History';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient, UpdatePatientInput } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { PatientChart } from '../chart/patient-chart';
import { HistoryDialog } from './history-dialog';
import { MergeDialog } from './merge-dialog';
import { MergedNotice } from './merged-notice';
import { useMyKadSuggestion } from './mykad-suggestion';
import { PatientAppointments } from './patient-appointments';
import { ExportFhirButton } from './export-fhir-button';
import { draftFromPatient, inputFromDraft } from './patient-draft';
import { PatientForm } from './patient-form';
import { PatientHeader } from './patient-header';
import { PatientPhoto } from './patient-photo';
import { PatientVisits } from './patient-visits';

interface Props {
  id: string;
  onBack: () => void;
  /** Opens another record: the survivor of a merged one, or the one just merged in. */
  onOpen: (id: string) => void;
}

/** One patient: the header, the record to read or (with patients.manage) edit, its history, and merging a duplicate into it. */
export function PatientDetail({ id, onBack, onOpen }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canMerge = useCan('patients.merge');
  const canManage = useCan('patients.manage');
  const canSeeClinical = useCan('clinical.view');
  const [dialog, setDialog] = useState<'history' | 'merge' | null>(null);
  const patient = useQuery(trpc.patients.get.queryOptions({ id }));
  // Held here, not in the editor: the editor starts afresh on each saved version, and "Saved." must outlive that.
  const update = useMutation(
    trpc.patients.update.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.patients.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.patients.history.queryKey({ id: saved.id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.patients.search.queryKey() });
      },
    }),
  );
  const record = patient.data;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button startIcon={<ArrowBackIcon />} onClick={onBack} data-testid="patient-back">
          {t('patients.backToSearch')}
        </Button>
        <Box sx={{ flex: 1 }} />
        {record && (
          <Button startIcon={<HistoryIcon />} onClick={() => setDialog('history')} data-testid="patient-history-open">
            {t('patientRecord.history.button')}
          </Button>
        )}
        {record && canSeeClinical && <ExportFhirButton patientId={record.id} mrn={record.mrn} />}
        {record && canMerge && !record.mergedIntoId && (
          <Button startIcon={<CallMergeIcon />} onClick={() => setDialog('merge')} data-testid="patient-merge-open">
            {t('patientRecord.merge.button')}
          </Button>
        )}
      </Stack>
      <ErrorAlert error={patient.error} />
      {record?.mergedIntoId && <MergedNotice survivorId={record.mergedIntoId} onOpen={onOpen} />}
      {record && <PatientHeader patient={record} aside={<PatientPhoto patientId={record.id} editable={canManage && !record.mergedIntoId} />} />}
      {record && <PatientAppointments patientId={record.id} />}
      {record && <PatientVisits patientId={record.id} />}
      {/* A merged record's chart is read on the record kept, where new entries go. */}
      {record && <PatientChart patientId={record.id} readOnly={Boolean(record.mergedIntoId)} />}
      {record && (
        <PatientRecordEditor
          key={`${record.id}:${record.version}`}
          patient={record}
          onSave={(input) => update.mutate(input)}
          saving={update.isPending}
          saved={update.data?.id === record.id && update.data.version === record.version}
          error={update.error}
        />
      )}
      {record && dialog === 'history' && <HistoryDialog patient={record} onClose={() => setDialog(null)} />}
      {record && dialog === 'merge' && <MergeDialog survivor={record} onClose={() => setDialog(null)} onOpen={onOpen} />}
    </Stack>
  );
}

interface EditorProps {
  patient: Patient;
  onSave: (input: UpdatePatientInput) => void;
  saving: boolean;
  saved: boolean;
  error: unknown;
}

function PatientRecordEditor({ patient, onSave, saving, saved, error }: EditorProps) {
  const { t } = useTranslation();
  const editable = useCan('patients.manage') && !patient.mergedIntoId;
  const [draft, setDraft] = useState(() => draftFromPatient(patient));
  const myKadNotice = useMyKadSuggestion(draft, setDraft, editable);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave({ ...inputFromDraft(draft), id: patient.id, version: patient.version });
  };
  return (
    <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: 2 }}>
      <Stack spacing={2}>
        <PatientForm value={draft} onChange={setDraft} error={error} disabled={!editable} identityNotice={myKadNotice} noKnownAllergiesRecorded={patient.noKnownAllergiesRecorded} />
        <ErrorAlert error={error} />
        {saved && <Alert severity="success">{t('common.saved')}</Alert>}
        {editable && (
          <Button type="submit" variant="contained" disabled={saving} sx={{ alignSelf: 'flex-start' }} data-testid="patient-save">
            {t('common.save')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
