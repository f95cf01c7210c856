import { Checkbox, FormControlLabel, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/errors';
import { clinicProfileSchema, LANGUAGES, type Language } from '../../shared/schemas/clinic';
import { textLimitsOf } from '../../shared/schemas/field-paths';
import { useFormErrors } from '../components/form-errors/use-form-errors';
import type { ClinicProfileDraft } from './clinic-profile-draft';

interface Props {
  value: ClinicProfileDraft;
  onChange: (value: ClinicProfileDraft) => void;
  error: unknown;
  /** Problems the screen found before sending, and how many times it tried (each try scrolls to the first). */
  found?: FieldIssue[];
  attempt?: number;
  /** Where the profile sits in the request, so the hub's field paths line up: 'clinic' during set-up. */
  fieldPrefix: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

const LIMITS = textLimitsOf(clinicProfileSchema);

export function ClinicProfileFields({ value, onChange, error, found, attempt, fieldPrefix, disabled, autoFocus }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ClinicProfileDraft>(key: K, next: ClinicProfileDraft[K]): void => onChange({ ...value, [key]: next });
  const form = useFormErrors({ error, found, attempt, limits: LIMITS, prefix: fieldPrefix });
  /** A field's marks, words and limit, for a TextField without slot props of its own. */
  const field = (name: string, text: string) => ({ ...form.check(name, text), slotProps: { htmlInput: form.input(name) } });

  return (
    <Stack spacing={2} ref={form.ref}>
      <TextField
        label={t('setup.clinicName')}
        required
        autoFocus={autoFocus}
        disabled={disabled}
        value={value.name}
        {...form.check('name', value.name)}
        onChange={(event) => set('name', event.target.value)}
        slotProps={{ htmlInput: { ...form.input('name'), 'data-testid': 'setup-clinic-name' } }}
      />
      <TextField label={t('setup.address')} required multiline minRows={2} disabled={disabled} value={value.address} {...field('address', value.address)} onChange={(event) => set('address', event.target.value)} />
      <Stack direction="row" spacing={2}>
        <TextField label={t('setup.phone')} required fullWidth disabled={disabled} value={value.phone} {...field('phone', value.phone)} onChange={(event) => set('phone', event.target.value)} />
        <TextField label={t('setup.registrationNo')} required fullWidth disabled={disabled} value={value.registrationNo} {...field('registrationNo', value.registrationNo)} onChange={(event) => set('registrationNo', event.target.value)} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField label={t('setup.currency')} required fullWidth disabled={disabled} value={value.currency} {...field('currency', value.currency)} onChange={(event) => set('currency', event.target.value)} />
        <TextField label={t('setup.timeZone')} required fullWidth disabled={disabled} value={value.timeZone} {...field('timeZone', value.timeZone)} onChange={(event) => set('timeZone', event.target.value)} />
      </Stack>
      <TextField
        select
        label={t('setup.languages')}
        disabled={disabled}
        value={value.languages}
        error={form.check('languages').error}
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
          <TextField label={t('setup.taxName')} fullWidth disabled={disabled} value={value.taxName} {...field('tax.name', value.taxName)} onChange={(event) => set('taxName', event.target.value)} />
          <TextField
            label={t('setup.taxRate')}
            fullWidth
            disabled={disabled}
            value={value.taxRatePercent}
            {...form.check('tax.rateBasisPoints')}
            onChange={(event) => set('taxRatePercent', event.target.value)}
            slotProps={{ htmlInput: { ...form.input('tax.rateBasisPoints'), inputMode: 'decimal' } }}
          />
          <TextField label={t('setup.taxRegistrationNo')} fullWidth disabled={disabled} value={value.taxRegistrationNo} {...field('tax.registrationNo', value.taxRegistrationNo)} onChange={(event) => set('taxRegistrationNo', event.target.value)} />
        </Stack>
      )}
    </Stack>
  );
}
