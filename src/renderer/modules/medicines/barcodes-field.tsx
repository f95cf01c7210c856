import { Autocomplete, Chip, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldState } from '../../components/form-errors/use-form-errors';
import { enteredBarcodes } from './barcode-entry';

interface Props {
  value: readonly string[];
  onChange: (barcodes: string[]) => void;
  /** The hub's verdict on the field (a barcode another item holds). */
  check: FieldState;
}

/**
 * The barcodes a pack carries, as chips. A scanner types like a keyboard and ends with Enter: Enter
 * here adds the code and never saves the form. A typed list with commas adds each code.
 */
export function BarcodesField({ value, onChange, check }: Props) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      size="small"
      options={[]}
      value={[...value]}
      onChange={(_event, values) => {
        const entry = enteredBarcodes(values);
        setRefused(entry.refused);
        onChange(entry.barcodes);
      }}
      sx={{ minWidth: 320, flexGrow: 1, maxWidth: 640 }}
      renderValue={(codes, getItemProps) =>
        codes.map((code, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={code} {...itemProps} data-testid={`medicine-barcode-${code}`} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('medicines.barcodes')}
          placeholder={t('medicines.barcodesHint')}
          error={check.error || refused !== null}
          helperText={check.helperText ?? (refused !== null ? t('medicines.badBarcode', { code: refused }) : undefined)}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'data-testid': 'medicine-barcodes',
              // Enter ends a scan: the Autocomplete adds the code; the form must not be submitted, even on an empty field.
              onKeyDown: (event: React.KeyboardEvent) => {
                if (event.key === 'Enter') event.preventDefault();
              },
            },
          }}
        />
      )}
    />
  );
}
