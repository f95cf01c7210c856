import { Autocomplete, Chip, Stack, TextField, Typography } from '@mui/material';
import StarIcon from '@mui/icons-material/Star';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Encounter, EncounterDiagnosis } from '../../../shared/schemas/consultation';
import type { Diagnosis } from '../../../shared/schemas/diagnoses';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  visitId: string;
  diagnoses: EncounterDiagnosis[];
  editable: boolean;
  /** Saves the note first and gives the encounter's version (one version for the note and its diagnoses). */
  flushNote: () => Promise<number>;
  onSaved: (encounter: Encounter) => void;
}

/** The typed words, a moment after the last key: the list is searched once per pause, not per letter. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The visit's ICD-10 diagnoses: found by code or words in the full list (the doctor's own codes
 * first), never typed by hand; the first is the primary until another is starred.
 */
export function DiagnosesSection({ visitId, diagnoses, editable, flushNote, onSaved }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const settled = useSettled(query.trim(), 150);
  const found = useQuery({ ...trpc.diagnoses.search.queryOptions({ query: settled, limit: 20 }), enabled: settled.length >= 2 });
  const save = useMutation(trpc.consultation.saveDiagnoses.mutationOptions({ onSuccess: onSaved }));
  const [failure, setFailure] = useState<unknown>(null);

  const saveList = async (list: EncounterDiagnosis[]): Promise<void> => {
    setFailure(null);
    try {
      const version = await flushNote();
      await save.mutateAsync({ visitId, version, diagnoses: list.map(({ code, primary }) => ({ code, primary })) });
    } catch (error) {
      setFailure(error);
    }
  };
  const add = (diagnosis: Diagnosis): void => {
    if (diagnoses.some((d) => d.code === diagnosis.code)) return;
    void saveList([...diagnoses, { code: diagnosis.code, description: diagnosis.description, primary: diagnoses.length === 0 }]);
  };
  const remove = (code: string): void => {
    const rest = diagnoses.filter((d) => d.code !== code);
    if (rest.length > 0 && !rest.some((d) => d.primary)) rest[0] = { ...rest[0], primary: true };
    void saveList(rest);
  };
  const makePrimary = (code: string): void => void saveList(diagnoses.map((d) => ({ ...d, primary: d.code === code })));

  return (
    <Stack spacing={1}>
      <ErrorAlert error={failure} />
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="diagnoses-chosen">
        {diagnoses.map((d) => (
          <Chip
            key={d.code}
            color={d.primary ? 'primary' : 'default'}
            icon={d.primary ? <StarIcon /> : undefined}
            label={`${d.code} ${d.description}${d.primary ? ` · ${t('consultation.primary')}` : ''}`}
            onClick={editable && !d.primary ? () => makePrimary(d.code) : undefined}
            onDelete={editable ? () => remove(d.code) : undefined}
            data-testid={`diagnosis-${d.code}`}
          />
        ))}
        {diagnoses.length === 0 && <Typography color="text.secondary">{t('consultation.noDiagnoses')}</Typography>}
      </Stack>
      {editable && (
        <Autocomplete<Diagnosis>
          options={settled.length >= 2 ? (found.data ?? []) : []}
          filterOptions={(options) => options}
          getOptionLabel={(option) => `${option.code} ${option.description}`}
          isOptionEqualToValue={(a, b) => a.code === b.code}
          value={null}
          inputValue={query}
          onInputChange={(_event, value, reason) => setQuery(reason === 'reset' ? '' : value)}
          onChange={(_event, value) => value && add(value)}
          loading={found.isFetching}
          noOptionsText={settled.length >= 2 ? t('consultation.noDiagnosisFound') : t('consultation.diagnosisHint')}
          renderOption={(props, option) => (
            <li {...props} key={option.code} data-testid={`diagnosis-option-${option.code}`}>
              <Typography component="span" sx={{ fontWeight: 600, mr: 1, minWidth: 64 }}>
                {option.code}
              </Typography>
              <Typography component="span" color={option.billable ? 'text.primary' : 'text.secondary'}>
                {option.description}
              </Typography>
              {option.preferred && <StarIcon fontSize="small" color="warning" sx={{ ml: 1 }} />}
            </li>
          )}
          renderInput={(params) => <TextField {...params} label={t('consultation.diagnosisSearch')} placeholder={t('consultation.diagnosisHint')} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'diagnosis-search' } }} />}
        />
      )}
    </Stack>
  );
}
