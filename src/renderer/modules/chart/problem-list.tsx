import { Checkbox, Chip, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/schemas/chart';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { ClosedToggle, EntryRow, SectionFrame, useChartEditable, type ChartSectionProps } from './chart-section';
import { CloseEntryDialog } from './close-entry-dialog';
import { readPartialDate, showPartialDate } from './partial-date';
import { ProblemDialog } from './problem-dialog';
import { SinceField, sinceOf } from './since-field';
import { useChart, useChartWrites } from './use-chart';
import { useEntryList } from './use-entry-list';

/** The patient's problem list: active problems first, chronic ones marked, closed ones a click away. */
export function ProblemList({ patientId, visitId, readOnly }: ChartSectionProps) {
  const { t, i18n } = useTranslation();
  const chart = useChart(patientId);
  const writes = useChartWrites(patientId);
  const editable = useChartEditable(readOnly);
  const { shown, closedCount, showClosed, toggleClosed, editing, setEditing, closing, setClosing } = useEntryList(chart.data?.problems ?? [], 'active');
  const details = (problem: Problem): string => {
    const parts = [problem.icdCode, problem.onset ? t('chart.since', { when: showPartialDate(problem.onset, i18n.language) }) : null];
    if (problem.status === 'resolved' && problem.closedOn) parts.push(t('chart.problems.resolved', { when: calendarDay(problem.closedOn, i18n.language, 'none') }));
    if (problem.status === 'entered_in_error') parts.push(`${t('chart.enteredInError')}: ${problem.closedReason}`);
    if (problem.notes) parts.push(problem.notes);
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <SectionFrame title={t('chart.problems.title')} testId="chart-problems">
      <ErrorAlert error={chart.error} />
      {chart.data && shown.length === 0 && <Typography color="text.secondary">{t('chart.problems.none')}</Typography>}
      {shown.map((problem) => (
        <EntryRow
          key={problem.id}
          testId="chart-problem"
          row={problem}
          visitId={visitId}
          closed={problem.status !== 'active'}
          primary={
            <>
              {problem.condition} {problem.chronic && <Chip size="small" label={t('chart.problems.chronic')} sx={{ ml: 0.5 }} />}
            </>
          }
          secondary={details(problem)}
          actions={
            editable && problem.status !== 'entered_in_error'
              ? { editLabel: t('chart.edit'), onEdit: () => setEditing(problem), closeLabel: t('chart.problems.resolve'), onClose: () => setClosing(problem) }
              : undefined
          }
        />
      ))}
      <ClosedToggle count={closedCount} shown={showClosed} onToggle={toggleClosed} testId="chart-problems-closed" />
      {editable && <AddProblem patientId={patientId} visitId={visitId} />}
      {editing && (
        <ProblemDialog
          problem={editing}
          pending={writes.saveProblem.isPending}
          error={writes.saveProblem.error}
          onSave={(changes) => writes.saveProblem.mutate({ ...changes, patientId, visitId: visitId ?? null }, { onSuccess: () => setEditing(null) })}
          onClose={() => setEditing(null)}
        />
      )}
      {closing && (
        <CloseEntryDialog
          title={t('chart.problems.resolveTitle', { name: closing.condition })}
          closedLabel={t('chart.problems.outcomes.resolved')}
          reasonRequired={false}
          testId="chart-problem-close"
          pending={writes.resolveProblem.isPending}
          error={writes.resolveProblem.error}
          onConfirm={(outcome) =>
            writes.resolveProblem.mutate(
              { ...(outcome.status === 'closed' ? { ...outcome, status: 'resolved' } : outcome), id: closing.id, version: closing.version, visitId: visitId ?? null },
              { onSuccess: () => setClosing(null) },
            )
          }
          onClose={() => setClosing(null)}
        />
      )}
    </SectionFrame>
  );
}

/** One line to add a problem: the condition, since when, chronic; Enter adds it and clears the line for the next. */
function AddProblem({ patientId, visitId }: { patientId: string; visitId?: string }) {
  const { t } = useTranslation();
  const { saveProblem } = useChartWrites(patientId);
  const [condition, setCondition] = useState('');
  const [onset, setOnset] = useState('');
  const [chronic, setChronic] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (condition.trim() === '' || readPartialDate(onset) === null) return;
    saveProblem.mutate(
      { patientId, condition, onset: sinceOf(onset), chronic, visitId: visitId ?? null },
      {
        onSuccess: () => {
          setCondition('');
          setOnset('');
          setChronic(false);
        },
      },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={t('chart.problems.add')}
          value={condition}
          onChange={(event) => setCondition(event.target.value)}
          sx={{ flex: 1, minWidth: 200 }}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'chart-problem-add' } }}
        />
        <SinceField value={onset} onChange={setOnset} testId="chart-problem-add-onset" />
        <FormControlLabel
          control={<Checkbox checked={chronic} onChange={(event) => setChronic(event.target.checked)} slotProps={{ input: { 'data-testid': 'chart-problem-add-chronic' } as object }} />}
          label={t('chart.problems.chronic')}
        />
        {/* Enter in any field adds the problem: a hidden submit keeps that working with several fields. */}
        <button type="submit" hidden />
      </Stack>
      <ErrorAlert error={saveProblem.error} />
    </Stack>
  );
}
