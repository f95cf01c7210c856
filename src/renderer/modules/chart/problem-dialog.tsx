import { Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, SaveProblemInput } from '../../../shared/schemas/chart';
import { EntryDialog } from './entry-dialog';
import { readPartialDate, typedPartialDate } from './partial-date';
import { SinceField, sinceOf } from './since-field';

interface Props {
  problem: Problem;
  pending: boolean;
  error: unknown;
  onSave: (changes: Omit<SaveProblemInput, 'patientId' | 'visitId'>) => void;
  onClose: () => void;
}

/** Edits one problem from the version shown: the words, the ICD-10 code, since when, chronic, notes. */
export function ProblemDialog({ problem, pending, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [condition, setCondition] = useState(problem.condition);
  const [icdCode, setIcdCode] = useState(problem.icdCode ?? '');
  const [onset, setOnset] = useState(typedPartialDate(problem.onset));
  const [chronic, setChronic] = useState(problem.chronic);
  const [notes, setNotes] = useState(problem.notes);
  const save = () => onSave({ id: problem.id, version: problem.version, condition, icdCode: icdCode.trim() || null, onset: sinceOf(onset), chronic, notes });
  return (
    <EntryDialog title={t('chart.problems.editTitle')} testId="chart-problem-dialog" ready={condition.trim() !== '' && readPartialDate(onset) !== null} pending={pending} error={error} onSave={save} onClose={onClose}>
      <TextField size="small" label={t('chart.problems.condition')} value={condition} onChange={(event) => setCondition(event.target.value)} required autoFocus slotProps={{ htmlInput: { maxLength: 200 } }} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField size="small" label={t('chart.problems.icdCode')} value={icdCode} onChange={(event) => setIcdCode(event.target.value)} sx={{ width: 140 }} slotProps={{ htmlInput: { maxLength: 8 } }} />
        <SinceField value={onset} onChange={setOnset} testId="chart-problem-dialog-onset" />
        <FormControlLabel control={<Checkbox checked={chronic} onChange={(event) => setChronic(event.target.checked)} />} label={t('chart.problems.chronic')} />
      </Stack>
      <TextField size="small" label={t('chart.notes')} value={notes} onChange={(event) => setNotes(event.target.value)} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 1000 } }} />
    </EntryDialog>
  );
}
