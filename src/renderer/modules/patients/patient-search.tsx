import { List, ListItemButton, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSearchableQuery, PATIENT_QUERY_MAX, type PatientSearchResult } from '../../../shared/schemas/patients';
import { searchableText } from '../../../shared/schemas/typed-text';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';
import { AllergyStateInline } from './allergy-state';
import { ageOn } from './patient-draft';

const DEBOUNCE_MS = 150;

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Search as you type: arrow keys move through the results, Enter opens one. `excludeId` leaves one record out (the one being merged into). */
export function PatientSearch({ onOpen, excludeId }: { onOpen: (id: string, patient: PatientSearchResult) => void; excludeId?: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Measured as the hub reads it: a pasted NUL or tab is a space, so it never makes a query too short there.
  const settled = useDebounced(searchableText(query), DEBOUNCE_MS);
  const search = useQuery({
    ...trpc.patients.search.queryOptions({ query: settled }),
    enabled: isSearchableQuery(settled),
    placeholderData: (previous) => previous,
  });
  const results = isSearchableQuery(settled) ? (search.data ?? []).filter((patient) => patient.id !== excludeId) : [];
  useEffect(() => setActive(0), [settled]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && results[active]) onOpen(results[active].id, results[active]);
    else return;
    event.preventDefault();
  };

  return (
    <Stack spacing={1}>
      <TextField
        autoFocus
        fullWidth
        label={t('patients.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        slotProps={{ htmlInput: { maxLength: PATIENT_QUERY_MAX, 'data-testid': 'patient-search', role: 'combobox', 'aria-expanded': results.length > 0 } }}
      />
      <ErrorAlert error={search.error} />
      {isSearchableQuery(settled) && search.isSuccess && results.length === 0 && <Typography color="text.secondary" data-testid="patient-search-empty">{t('patients.noResults')}</Typography>}
      {results.length > 0 && (
        <Paper variant="outlined">
          <List dense role="listbox">
            {results.map((patient, index) => (
              <ListItemButton key={patient.id} selected={index === active} onClick={() => onOpen(patient.id, patient)} data-testid={`patient-result-${patient.mrn}`}>
                <ListItemText primary={<ResultTitle patient={patient} />} secondary={<ResultDetails patient={patient} />} />
              </ListItemButton>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

function ResultTitle({ patient }: { patient: PatientSearchResult }) {
  return (
    <>
      <strong>{patient.mrn}</strong> {patient.fullName}
      <AllergyStateInline patient={patient} />
    </>
  );
}

function ResultDetails({ patient }: { patient: PatientSearchResult }) {
  const { t } = useTranslation();
  const today = useClinicClock().date;
  const ageSex = [patient.dateOfBirth ? t('patients.age', { count: ageOn(patient.dateOfBirth, today) }) : null, patient.sex ? t(`patients.sexes.${patient.sex}`) : null];
  return [patient.identityNo, patient.phones[0] ?? null, ageSex.filter(Boolean).join(', ') || null].filter(Boolean).join(' · ');
}
