import { Autocomplete, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countriesIn, countryMatches, type Country } from './country-names';
import type { FieldState } from '../../components/form-errors/use-form-errors';

interface Props {
  /** The ISO alpha-3 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
  check: FieldState;
  /** For the input's slot: its field mark (scrolling to it when refused). */
  input: Record<string, unknown>;
}

/** Nationality chosen by the country's name in the screen's language ("Bangladesh", "Jerman"), kept as its ISO code. */
export function NationalityField({ value, onChange, disabled, check, input }: Props) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countriesIn(i18n.language), [i18n.language]);
  const chosen = countries.find((country) => country.code === value) ?? null;
  return (
    <Autocomplete<Country>
      options={countries}
      value={chosen}
      disabled={disabled}
      autoHighlight
      autoSelect
      getOptionLabel={(country) => country.name}
      isOptionEqualToValue={(option, picked) => option.code === picked.code}
      filterOptions={(options, state) => options.filter((country) => countryMatches(country, state.inputValue))}
      onChange={(_event, country) => onChange(country?.code ?? '')}
      renderOption={({ key, ...props }, country) => (
        <li key={key} {...props} data-testid={`patient-nationality-${country.code}`}>
          {country.name}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('patients.nationality')}
          {...check}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, ...input, 'data-testid': 'patient-nationality' } }}
        />
      )}
    />
  );
}
