import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicineChoice } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import { medicineLabel } from './medicine-words';

export interface MedicinePickerProps {
  value: MedicineChoice | null;
  onChange: (medicine: MedicineChoice | null) => void;
  autoFocus?: boolean;
  /** Defaults to "Medicine". */
  label?: string;
}

/**
 * Picks an active medicine as the doctor types (generic, brand, code or strength, "amox 500"):
 * the hub's search, best match first and highlighted, so Enter takes it. Shows generic, brand,
 * strength and form, and the class, which the safety checks use.
 */
export function MedicinePicker({ value, onChange, autoFocus, label }: MedicinePickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [input, setInput] = useState('');
  const query = input.trim();
  const found = useQuery({ ...trpc.medicines.search.queryOptions({ query, limit: 20 }), enabled: query.length > 0, placeholderData: keepPreviousData });
  const options = query.length > 0 ? (found.data ?? []) : [];
  return (
    <Autocomplete<MedicineChoice>
      value={value}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      autoHighlight
      // The hub has already matched and ranked them.
      filterOptions={(choices) => choices}
      getOptionLabel={(medicine) => medicineLabel(medicine, t)}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      onChange={(_event, medicine) => onChange(medicine)}
      onInputChange={(_event, text) => setInput(text)}
      loading={found.isFetching}
      noOptionsText={query ? t('medicinePicker.noOptions') : t('medicinePicker.typeToSearch')}
      renderOption={({ key, ...props }, medicine) => (
        <Box component="li" key={key} {...props} data-testid={`medicine-option-${medicine.code ?? medicine.id}`}>
          <Box>
            <Typography component="span" sx={{ fontWeight: 600 }}>{medicine.generic}</Typography>
            {medicine.brand && <Typography component="span" color="text.secondary">{` (${medicine.brand})`}</Typography>}
            <Typography component="span">{` ${medicine.strength} · ${t(`medicines.forms.${medicine.form}`)}`}</Typography>
            {medicine.drugClass && <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{medicine.drugClass}</Typography>}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} size="small" autoFocus={autoFocus} label={label ?? t('medicinePicker.label')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'medicine-picker' } }} />
      )}
    />
  );
}
