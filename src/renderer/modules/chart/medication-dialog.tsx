import { Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LongTermMedication, SaveMedicationInput } from '../../../shared/schemas/chart';
import { EntryDialog } from './entry-dialog';
import { readPartialDate, typedPartialDate } from './partial-date';
import { SinceField, sinceOf } from './since-field';

interface Props {
  medication: LongTermMedication;
  pending: boolean;
  error: unknown;
  onSave: (changes: Omit<SaveMedicationInput, 'patientId' | 'visitId'>) => void;
  onClose: () => void;
}

/** Edits one long-term medication from the version shown. */
export function MedicationDialog({ medication, pending, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [medicineName, setMedicineName] = useState(medication.medicineName);
  const [dose, setDose] = useState(medication.dose);
  const [frequency, setFrequency] = useState(medication.frequency);
  const [since, setSince] = useState(typedPartialDate(medication.since));
  const [notes, setNotes] = useState(medication.notes);
  const save = () => onSave({ id: medication.id, version: medication.version, medicineName, medicineId: medication.medicineId, dose, frequency, since: sinceOf(since), notes });
  const ready = medicineName.trim() !== '' && readPartialDate(since) !== null;
  return (
    <EntryDialog title={t('chart.medications.editTitle')} testId="chart-medication-dialog" ready={ready} pending={pending} error={error} onSave={save} onClose={onClose}>
      <TextField size="small" label={t('chart.medications.medicineName')} value={medicineName} onChange={(event) => setMedicineName(event.target.value)} required autoFocus slotProps={{ htmlInput: { maxLength: 200 } }} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField size="small" label={t('chart.medications.dose')} value={dose} onChange={(event) => setDose(event.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} />
        <TextField size="small" label={t('chart.medications.frequency')} value={frequency} onChange={(event) => setFrequency(event.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} />
        <SinceField value={since} onChange={setSince} testId="chart-medication-dialog-since" />
      </Stack>
      <TextField size="small" label={t('chart.notes')} value={notes} onChange={(event) => setNotes(event.target.value)} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 1000 } }} />
    </EntryDialog>
  );
}
