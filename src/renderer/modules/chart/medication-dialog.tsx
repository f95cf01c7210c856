import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LongTermMedication, SaveMedicationInput } from '../../../shared/schemas/chart';
import { ErrorAlert } from '../../components/error-alert';
import { readPartialDate, typedPartialDate } from './partial-date';
import { SinceField, sinceOf } from './since-field';

type MedicationChanges = Omit<SaveMedicationInput, 'patientId' | 'visitId'>;

interface Props {
  medication: LongTermMedication;
  pending: boolean;
  error: unknown;
  onSave: (changes: MedicationChanges) => void;
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
  const ready = medicineName.trim() !== '' && readPartialDate(since) !== null;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!ready) return;
    onSave({ id: medication.id, version: medication.version, medicineName, medicineId: medication.medicineId, dose, frequency, since: sinceOf(since), notes });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { 'data-testid': 'chart-medication-dialog' } as object }}>
      <form onSubmit={submit}>
        <DialogTitle>{t('chart.medications.editTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField size="small" label={t('chart.medications.medicineName')} value={medicineName} onChange={(event) => setMedicineName(event.target.value)} required autoFocus slotProps={{ htmlInput: { maxLength: 200 } }} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField size="small" label={t('chart.medications.dose')} value={dose} onChange={(event) => setDose(event.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} />
              <TextField size="small" label={t('chart.medications.frequency')} value={frequency} onChange={(event) => setFrequency(event.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} />
              <SinceField value={since} onChange={setSince} testId="chart-medication-dialog-since" width={220} />
            </Stack>
            <TextField size="small" label={t('chart.notes')} value={notes} onChange={(event) => setNotes(event.target.value)} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 1000 } }} />
            <ErrorAlert error={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={pending || !ready} data-testid="chart-medication-dialog-save">
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
