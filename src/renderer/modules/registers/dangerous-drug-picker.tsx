import { Autocomplete, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Medicine } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { medicineLabel } from '../medicines/medicine-words';
import { dangerousDrugs } from './dangerous-drug-choices';

interface DangerousDrugPickerProps {
  value: Medicine | null;
  onChange: (medicine: Medicine | null) => void;
}

/** Picks the dangerous drug whose running balance to show; the clinic keeps few, so they are all listed. */
export function DangerousDrugPicker({ value, onChange }: DangerousDrugPickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const medicines = useQuery(trpc.medicines.list.queryOptions({ includeRetired: true }));
  const drugs = dangerousDrugs(medicines.data ?? []);
  const label = (medicine: Medicine) => `${medicineLabel(medicine, t)}${medicine.active ? '' : ` (${t('registers.retired')})`}`;

  if (medicines.error) return <ErrorAlert error={medicines.error} />;
  if (medicines.data && drugs.length === 0) {
    return <Typography color="text.secondary" data-testid="registers-no-drugs">{t('registers.noDrugs')}</Typography>;
  }
  return (
    <Autocomplete<Medicine>
      value={value}
      options={drugs}
      autoHighlight
      loading={medicines.isLoading}
      getOptionLabel={label}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      onChange={(_event, medicine) => onChange(medicine)}
      renderOption={({ key, ...props }, medicine) => (
        <li key={key} {...props} data-testid={`registers-drug-option-${medicine.code ?? medicine.id}`}>
          {label(medicine)}
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} size="small" label={t('registers.drug')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'registers-drug' } }} />
      )}
      sx={{ maxWidth: 520 }}
    />
  );
}
