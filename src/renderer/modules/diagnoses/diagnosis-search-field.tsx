import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { Autocomplete, Box, IconButton, TextField, Tooltip, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '../../../shared/schemas/diagnoses';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  /** Called with the code the doctor picked (Enter or click); the field empties for the next one. */
  onPick: (diagnosis: Diagnosis) => void;
  /** Codes already on the visit, left out of the answers. */
  excludeCodes?: readonly string[];
  label?: string;
  autoFocus?: boolean;
}

/**
 * ICD-10 diagnosis search as the doctor types a code (`J06`, `j069`) or words in any order
 * (`upper resp`): the doctor's favourites and recent codes first, Enter takes the highlighted one.
 * The star keeps a code among the doctor's favourites. Codes are only ever picked, never typed.
 */
export function DiagnosisSearchField({ onPick, excludeCodes = [], label, autoFocus }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const found = useQuery({ ...trpc.diagnoses.search.queryOptions({ query: typed, limit: 20 }), enabled: typed.length > 0, placeholderData: keepPreviousData });
  const favourites = useQuery(trpc.diagnoses.favourites.queryOptions());
  const favouriteCodes = new Set((favourites.data ?? []).map((d) => d.code));
  const setFavourite = useMutation(trpc.diagnoses.setFavourite.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: [['diagnoses']] }) }));
  const options = typed.length > 0 ? (found.data ?? []).filter((d) => !excludeCodes.includes(d.code)) : [];
  return (
    <Box>
      <Autocomplete<Diagnosis>
        options={options}
        value={null}
        inputValue={query}
        onInputChange={(_event, value, reason) => reason !== 'reset' && setQuery(value)}
        onChange={(_event, picked) => {
          if (!picked) return;
          onPick(picked);
          setQuery('');
        }}
        autoHighlight
        blurOnSelect={false}
        clearOnBlur={false}
        // The hub has already matched and ranked: the list is shown as it comes.
        filterOptions={(all) => all}
        loading={found.isFetching}
        noOptionsText={typed.length === 0 ? t('diagnoses.typeToSearch') : t('diagnoses.noMatch')}
        getOptionLabel={(d) => `${d.code} ${d.description}`}
        isOptionEqualToValue={(option, picked) => option.code === picked.code}
        renderOption={({ key, ...props }, d) => (
          <li key={key} {...props} data-testid={`diagnosis-option-${d.code}`}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%' }}>
              <Typography component="span" sx={{ fontFamily: 'monospace', minWidth: '6em', fontWeight: d.preferred ? 'bold' : undefined }}>
                {d.code}
              </Typography>
              <Typography component="span" sx={{ flex: 1 }} color={d.billable ? 'textPrimary' : 'textSecondary'}>
                {d.description}
                {!d.billable && ` · ${t('diagnoses.header')}`}
              </Typography>
              <Tooltip title={favouriteCodes.has(d.code) ? t('diagnoses.unfavourite') : t('diagnoses.favourite')}>
                <IconButton
                  size="small"
                  aria-label={favouriteCodes.has(d.code) ? t('diagnoses.unfavourite') : t('diagnoses.favourite')}
                  // Starring a code must not pick it.
                  onMouseDown={(event) => event.stopPropagation()}
                  onClick={(event) => {
                    event.stopPropagation();
                    setFavourite.mutate({ code: d.code, favourite: !favouriteCodes.has(d.code) });
                  }}
                >
                  {favouriteCodes.has(d.code) ? <StarIcon fontSize="small" color="warning" /> : <StarBorderIcon fontSize="small" />}
                </IconButton>
              </Tooltip>
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={label ?? t('diagnoses.search')}
            placeholder={t('diagnoses.placeholder')}
            autoFocus={autoFocus}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'diagnosis-search' } }}
          />
        )}
      />
      {found.error && <ErrorAlert error={found.error} />}
      {setFavourite.error && <ErrorAlert error={setFavourite.error} />}
    </Box>
  );
}
