import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ALCOHOL, SMOKING, type HistoryFieldsInput, type MedicalHistory as History } from '../../../shared/schemas/chart';
import { ErrorAlert } from '../../components/error-alert';
import { ListEditor } from '../patients/list-editor';
import { ChangedBy, SectionFrame, useChartEditable, type ChartSectionProps } from './chart-section';
import { draftDatesReadable, draftFromHistory, historyFromDraft, type Alcohol, type HistoryDraft, type Smoking } from './history-draft';
import { showPartialDate } from './partial-date';
import { SinceField } from './since-field';
import { useChart, useChartWrites } from './use-chart';

/** Past illnesses, operations, family history and social history (smoking, alcohol, occupation), saved together. */
export function MedicalHistory({ patientId, visitId, readOnly }: ChartSectionProps) {
  const { t } = useTranslation();
  const chart = useChart(patientId);
  const editable = useChartEditable(readOnly);
  // Held here, not in the form: the form starts afresh on each saved version, and "Saved." must outlive that.
  const { saveHistory } = useChartWrites(patientId);
  const history = chart.data?.history ?? null;
  return (
    <SectionFrame title={t('chart.history.title')} testId="chart-history">
      <ErrorAlert error={chart.error} />
      {chart.data && history && <ChangedBy row={history} visitId={visitId} />}
      {chart.data && !history && !editable && <Typography color="text.secondary">{t('chart.history.notRecorded')}</Typography>}
      {/* A new version starts the form afresh from what was saved. */}
      {chart.data && (editable || history) && (
        <HistoryForm
          key={history?.version ?? 0}
          history={history}
          editable={editable}
          saving={saveHistory.isPending}
          saved={Boolean(history) && saveHistory.data?.version === history?.version}
          error={saveHistory.error}
          onSave={(fields) => saveHistory.mutate({ ...fields, patientId, version: history?.version, visitId: visitId ?? null })}
        />
      )}
      {chart.data?.mergedHistories.map((merged) => <MergedHistory key={merged.patientId} history={merged} />)}
    </SectionFrame>
  );
}

interface FormProps {
  history: History | null;
  editable: boolean;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onSave: (fields: HistoryFieldsInput) => void;
}

function HistoryForm({ history, editable, saving, saved, error, onSave }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftFromHistory(history));
  const [touched, setTouched] = useState(false);
  const change = (changes: Partial<HistoryDraft>): void => {
    setTouched(true);
    setDraft({ ...draft, ...changes });
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (draftDatesReadable(draft)) onSave(historyFromDraft(draft));
  };
  const disabled = !editable;
  const text = (label: string, value: string, set: (value: string) => void, testId: string, width?: number): ReactNode => (
    <TextField size="small" label={label} value={value} disabled={disabled} onChange={(event) => set(event.target.value)} sx={width ? { width } : { flex: 1 }} slotProps={{ htmlInput: { 'data-testid': testId } }} />
  );
  const smoker = draft.smoking === 'current' || draft.smoking === 'former';
  const drinker = draft.alcohol === 'occasional' || draft.alcohol === 'regular';
  return (
    <Stack component="form" onSubmit={submit} spacing={2}>
      <ListEditor
        title={t('chart.history.pastIllnesses')}
        emptyText={t('chart.history.noPastIllnesses')}
        addLabel={t('chart.history.addPastIllness')}
        addTestId="chart-history-add-illness"
        value={draft.pastIllnesses}
        onChange={(pastIllnesses) => change({ pastIllnesses })}
        newItem={() => ({ condition: '', when: '', notes: '' })}
        max={100}
        disabled={disabled}
        renderRow={(item, set, index) => (
          <>
            {text(t('chart.history.condition'), item.condition, (condition) => set({ ...item, condition }), `chart-history-illness-${index}`)}
            <SinceField label={t('chart.history.when')} value={item.when} onChange={(when) => set({ ...item, when })} testId={`chart-history-illness-when-${index}`} />
          </>
        )}
      />
      <ListEditor
        title={t('chart.history.surgeries')}
        emptyText={t('chart.history.noSurgeries')}
        addLabel={t('chart.history.addSurgery')}
        addTestId="chart-history-add-surgery"
        value={draft.surgeries}
        onChange={(surgeries) => change({ surgeries })}
        newItem={() => ({ procedure: '', when: '', notes: '' })}
        max={100}
        disabled={disabled}
        renderRow={(item, set, index) => (
          <>
            {text(t('chart.history.procedure'), item.procedure, (procedure) => set({ ...item, procedure }), `chart-history-surgery-${index}`)}
            <SinceField label={t('chart.history.when')} value={item.when} onChange={(when) => set({ ...item, when })} testId={`chart-history-surgery-when-${index}`} />
          </>
        )}
      />
      <ListEditor
        title={t('chart.history.family')}
        emptyText={t('chart.history.noFamily')}
        addLabel={t('chart.history.addFamily')}
        addTestId="chart-history-add-family"
        value={draft.familyHistory}
        onChange={(familyHistory) => change({ familyHistory })}
        newItem={() => ({ condition: '', relative: '', notes: '' })}
        max={100}
        disabled={disabled}
        renderRow={(item, set, index) => (
          <>
            {text(t('chart.history.condition'), item.condition, (condition) => set({ ...item, condition }), `chart-history-family-${index}`)}
            {text(t('chart.history.relative'), item.relative, (relative) => set({ ...item, relative }), `chart-history-family-relative-${index}`, 160)}
          </>
        )}
      />
      <Typography variant="subtitle2">{t('chart.history.social')}</Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select size="small" label={t('chart.history.smoking')} value={draft.smoking} disabled={disabled} onChange={(event) => change({ smoking: event.target.value as Smoking })} sx={{ width: 180 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'chart-history-smoking' } as object } }}>
          {SMOKING.map((value) => (
            <MenuItem key={value} value={value} data-testid={`chart-history-smoking-${value}`}>
              {t(`chart.history.smokingValues.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {smoker && text(t('chart.history.sticksPerDay'), draft.sticksPerDay, (sticksPerDay) => change({ sticksPerDay }), 'chart-history-sticks', 130)}
        {smoker && text(t('chart.history.packYears'), draft.packYears, (packYears) => change({ packYears }), 'chart-history-pack-years', 120)}
        <TextField select size="small" label={t('chart.history.alcohol')} value={draft.alcohol} disabled={disabled} onChange={(event) => change({ alcohol: event.target.value as Alcohol })} sx={{ width: 160 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'chart-history-alcohol' } as object } }}>
          {ALCOHOL.map((value) => (
            <MenuItem key={value} value={value} data-testid={`chart-history-alcohol-${value}`}>
              {t(`chart.history.alcoholValues.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {drinker && text(t('chart.history.unitsPerWeek'), draft.unitsPerWeek, (unitsPerWeek) => change({ unitsPerWeek }), 'chart-history-units', 140)}
        {text(t('chart.history.occupation'), draft.occupation, (occupation) => change({ occupation }), 'chart-history-occupation', 200)}
      </Stack>
      {text(t('chart.history.notes'), draft.notes, (notes) => change({ notes }), 'chart-history-notes')}
      <ErrorAlert error={error} />
      {saved && !touched && <Alert severity="success">{t('common.saved')}</Alert>}
      {editable && (
        <Button type="submit" variant="contained" size="small" disabled={saving || !draftDatesReadable(draft)} sx={{ alignSelf: 'flex-start' }} data-testid="chart-history-save">
          {t('chart.history.save')}
        </Button>
      )}
    </Stack>
  );
}

/** A history written on a duplicate since merged into this record, shown to read alongside. */
function MergedHistory({ history }: { history: History }) {
  const { t, i18n } = useTranslation();
  const when = (value: string | null): string => (value ? ` (${showPartialDate(value, i18n.language)})` : '');
  const { social } = history;
  const lines = [
    ...history.pastIllnesses.map((item) => `${item.condition}${when(item.when)}`),
    ...history.surgeries.map((item) => `${item.procedure}${when(item.when)}`),
    ...history.familyHistory.map((item) => `${item.condition} (${item.relative})`),
    `${t('chart.history.smoking')}: ${t(`chart.history.smokingValues.${social.smoking}`)}`,
    `${t('chart.history.alcohol')}: ${t(`chart.history.alcoholValues.${social.alcohol}`)}`,
    social.occupation,
  ].filter(Boolean);
  return (
    <Alert severity="info" data-testid="chart-history-merged">
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {t('chart.history.mergedFrom', { mrn: history.mergedFromMrn ?? '' })}
      </Typography>
      <Typography variant="body2">{lines.join(' · ')}</Typography>
    </Alert>
  );
}
