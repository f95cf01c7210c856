import { Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LongTermMedication } from '../../../shared/schemas/chart';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { ClosedToggle, EntryRow, SectionFrame, useChartEditable, type ChartSectionProps } from './chart-section';
import { CloseEntryDialog } from './close-entry-dialog';
import { MedicationDialog } from './medication-dialog';
import { readPartialDate, showPartialDate } from './partial-date';
import { SinceField, sinceOf } from './since-field';
import { useChart, useChartWrites } from './use-chart';
import { useEntryList } from './use-entry-list';

/** The medicines the patient takes long-term (the prescribing checks read these as other drugs); stopped ones a click away. */
export function LongTermMedications({ patientId, visitId, readOnly }: ChartSectionProps) {
  const { t, i18n } = useTranslation();
  const chart = useChart(patientId);
  const writes = useChartWrites(patientId);
  const editable = useChartEditable(readOnly);
  const list = useEntryList(chart.data?.medications ?? [], 'current');
  const { shown, editing, setEditing, closing: stopping, setClosing: setStopping } = list;
  const details = (medication: LongTermMedication): string => {
    const parts = [medication.dose, medication.frequency, medication.since ? t('chart.since', { when: showPartialDate(medication.since, i18n.language) }) : null];
    if (medication.status === 'stopped' && medication.stoppedOn) {
      parts.push(t('chart.medications.stopped', { when: calendarDay(medication.stoppedOn, i18n.language, 'none'), reason: medication.stopReason }));
    }
    if (medication.status === 'entered_in_error') parts.push(`${t('chart.enteredInError')}: ${medication.stopReason}`);
    if (medication.notes) parts.push(medication.notes);
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <SectionFrame title={t('chart.medications.title')} testId="chart-medications">
      <ErrorAlert error={chart.error} />
      {chart.data && shown.length === 0 && <Typography color="text.secondary">{t('chart.medications.none')}</Typography>}
      {shown.map((medication) => (
        <EntryRow
          key={medication.id}
          testId="chart-medication"
          row={medication}
          visitId={visitId}
          closed={medication.status !== 'current'}
          primary={medication.medicineName}
          secondary={details(medication)}
          actions={
            editable && medication.status === 'current'
              ? { editLabel: t('chart.edit'), onEdit: () => setEditing(medication), closeLabel: t('chart.medications.stop'), onClose: () => setStopping(medication) }
              : undefined
          }
        />
      ))}
      <ClosedToggle count={list.closedCount} shown={list.showClosed} onToggle={list.toggleClosed} testId="chart-medications-closed" />
      {editable && <AddMedication patientId={patientId} visitId={visitId} />}
      {editing && (
        <MedicationDialog
          medication={editing}
          pending={writes.saveMedication.isPending}
          error={writes.saveMedication.error}
          onSave={(changes) => writes.saveMedication.mutate({ ...changes, patientId, visitId: visitId ?? null }, { onSuccess: () => setEditing(null) })}
          onClose={() => setEditing(null)}
        />
      )}
      {stopping && (
        <CloseEntryDialog
          title={t('chart.medications.stopTitle', { name: stopping.medicineName })}
          closedLabel={t('chart.medications.outcomes.stopped')}
          reasonRequired
          testId="chart-medication-close"
          pending={writes.stopMedication.isPending}
          error={writes.stopMedication.error}
          onConfirm={(outcome) =>
            writes.stopMedication.mutate(
              { ...(outcome.status === 'closed' ? { ...outcome, status: 'stopped' } : outcome), id: stopping.id, version: stopping.version, visitId: visitId ?? null },
              { onSuccess: () => setStopping(null) },
            )
          }
          onClose={() => setStopping(null)}
        />
      )}
    </SectionFrame>
  );
}

/** One line to add a medicine: name and strength, dose, frequency, since when; Enter adds it. */
function AddMedication({ patientId, visitId }: { patientId: string; visitId?: string }) {
  const { t } = useTranslation();
  const { saveMedication } = useChartWrites(patientId);
  const [medicineName, setMedicineName] = useState('');
  const [dose, setDose] = useState('');
  const [frequency, setFrequency] = useState('');
  const [since, setSince] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (medicineName.trim() === '' || readPartialDate(since) === null) return;
    saveMedication.mutate(
      { patientId, medicineName, dose, frequency, since: sinceOf(since), visitId: visitId ?? null },
      {
        onSuccess: () => {
          setMedicineName('');
          setDose('');
          setFrequency('');
          setSince('');
        },
      },
    );
  };
  const field = (label: string, value: string, set: (value: string) => void, testId: string, width?: number) => (
    <TextField size="small" label={label} value={value} onChange={(event) => set(event.target.value)} sx={width ? { width } : { flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: width ? 100 : 200, 'data-testid': testId } }} />
  );
  return (
    <Stack component="form" onSubmit={submit} spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        {field(t('chart.medications.add'), medicineName, setMedicineName, 'chart-medication-add')}
        {field(t('chart.medications.dose'), dose, setDose, 'chart-medication-add-dose', 110)}
        {field(t('chart.medications.frequency'), frequency, setFrequency, 'chart-medication-add-frequency', 110)}
        <SinceField value={since} onChange={setSince} testId="chart-medication-add-since" />
        <button type="submit" hidden />
      </Stack>
      <ErrorAlert error={saveMedication.error} />
    </Stack>
  );
}
