import { Checkbox, FormControlLabel, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/schemas/clinic';
import { fieldRejected } from '../components/field-error';
import type { ClinicProfileDraft } from './clinic-profile-draft';

interface Props {
  value: ClinicProfileDraft;
  onChange: (value: ClinicProfileDraft) => void;
  error: unknown;
  /** Where the profile sits in the request, so the hub's field paths line up: 'clinic' during set-up. */
  fieldPrefix: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function ClinicProfileFields({ value, onChange, error, fieldPrefix, disabled, autoFocus }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ClinicProfileDraft>(key: K, next: ClinicProfileDraft[K]): void => onChange({ ...value, [key]: next });
  const rejected = (field: string): boolean => fieldRejected(error, fieldPrefix ? `${fieldPrefix}.${field}` : field);

  return (
    <Stack spacing={2}>
      <TextField
        label={t('setup.clinicName')}
        required
        autoFocus={autoFocus}
        disabled={disabled}
        value={value.name}
        error={rejected('name')}
        onChange={(event) => set('name', event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'setup-clinic-name' } }}
      />
      <TextField label={t('setup.address')} required multiline minRows={2} disabled={disabled} value={value.address} error={rejected('address')} onChange={(event) => set('address', event.target.value)} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('setup.phone')} required fullWidth disabled={disabled} value={value.phone} error={rejected('phone')} onChange={(event) => set('phone', event.target.value)} />
        <TextField label={t('setup.registrationNo')} required fullWidth disabled={disabled} value={value.registrationNo} error={rejected('registrationNo')} onChange={(event) => set('registrationNo', event.target.value)} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField label={t('setup.currency')} required fullWidth disabled={disabled} value={value.currency} error={rejected('currency')} onChange={(event) => set('currency', event.target.value)} />
        <TextField label={t('setup.timeZone')} required fullWidth disabled={disabled} value={value.timeZone} error={rejected('timeZone')} onChange={(event) => set('timeZone', event.target.value)} />
      </Stack>
      <TextField
        select
        label={t('setup.languages')}
        disabled={disabled}
        value={value.languages}
        error={rejected('languages')}
        onChange={(event) => set('languages', event.target.value as unknown as Language[])}
        slotProps={{ select: { multiple: true, renderValue: (selected) => (selected as Language[]).map((code) => t(`languages.${code}`)).join(', ') } }}
      >
        {LANGUAGES.map((code) => (
          <MenuItem key={code} value={code}>
            <Checkbox checked={value.languages.includes(code)} />
            <ListItemText primary={t(`languages.${code}`)} />
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={<Checkbox checked={value.taxEnabled} disabled={disabled} onChange={(event) => set('taxEnabled', event.target.checked)} />}
        label={t('setup.taxEnabled')}
      />
      {value.taxEnabled && (
        <Stack direction="row" spacing={2}>
          <TextField label={t('setup.taxName')} fullWidth disabled={disabled} value={value.taxName} error={rejected('tax.name')} onChange={(event) => set('taxName', event.target.value)} />
          <TextField
            label={t('setup.taxRate')}
            fullWidth
            disabled={disabled}
            value={value.taxRatePercent}
            error={rejected('tax.rateBasisPoints')}
            onChange={(event) => set('taxRatePercent', event.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
          <TextField label={t('setup.taxRegistrationNo')} fullWidth disabled={disabled} value={value.taxRegistrationNo} error={rejected('tax.registrationNo')} onChange={(event) => set('taxRegistrationNo', event.target.value)} />
        </Stack>
      )}
    </Stack>
  );
}
