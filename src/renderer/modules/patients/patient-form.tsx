import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_TYPES, type IdentityType } from '../../../shared/identity/identity';
import { sexSchema, type NoKnownAllergiesStatement } from '../../../shared/schemas/patients';
import { DateField } from '../../components/date-field/date-field';
import { useFormErrors } from '../../components/form-errors/use-form-errors';
import { useClinicClock } from '../../format/use-clinic-clock';
import { AllergiesEditor } from './allergies-editor';
import { TextListEditor } from './list-editor';
import { PanelsEditor } from './panels-editor';
import { NationalityField } from './nationality-field';
import { LIST_LIMITS, TEXT_LIMITS, withIdentityNo, type PatientDraft } from './patient-draft';

interface Props {
  value: PatientDraft;
  onChange: (draft: PatientDraft) => void;
  error: unknown;
  disabled?: boolean;
  /** Puts the cursor in the first field, for a form that opens to be typed into. */
  autoFocus?: boolean;
  /** What to do about a refused identity number (open the record on file, use MyKad), shown under the number. */
  identityNotice?: ReactNode;
  /** The saved record's "no known allergies" statement, to show who recorded it and when. */
  noKnownAllergiesRecorded?: NoKnownAllergiesStatement | null;
}

/** The draft's plain text fields. */
type TextKey = { [K in keyof PatientDraft]: PatientDraft[K] extends string ? K : never }[keyof PatientDraft];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>{children}</Box>
    </Stack>
  );
}

/** Every field the front desk records; for a MyKad, birth date and sex come from the number. */
export function PatientForm({ value, onChange, error, disabled, autoFocus, identityNotice, noKnownAllergiesRecorded }: Props) {
  const { t } = useTranslation();
  const today = useClinicClock().date;
  const form = useFormErrors({ error, limits: TEXT_LIMITS, explained: Boolean(identityNotice) });
  const set = (patch: Partial<PatientDraft>): void => onChange({ ...value, ...patch });
  /** `path`: where the hub's input holds the field, when the draft keeps it under another name (`emergencyContact.phone`). */
  const text = (field: TextKey, label: string, extra: { testId?: string; required?: boolean; type?: string; autoFocus?: boolean; path?: string } = {}) => (
    <TextField
      fullWidth
      label={label}
      required={extra.required}
      autoFocus={extra.autoFocus}
      type={extra.type}
      disabled={disabled}
      value={value[field]}
      {...form.check(extra.path ?? field, value[field])}
      onChange={(event) => set({ [field]: event.target.value })}
      slotProps={{ htmlInput: { ...form.input(extra.path ?? field), ...(extra.testId ? { 'data-testid': extra.testId } : {}) } }}
    />
  );
  const fromMyKad = value.identityType === 'mykad';
  return (
    <Stack spacing={3} ref={form.ref}>
      <Section title={t('patients.identity')}>
        <Box sx={{ gridColumn: '1 / -1' }}>{text('fullName', t('patients.fullName'), { testId: 'patient-full-name', required: true, autoFocus })}</Box>
        <TextField
          select
          label={t('patients.identityType')}
          disabled={disabled}
          value={value.identityType}
          onChange={(event) => onChange(withIdentityNo({ ...value, identityType: event.target.value as IdentityType }, value.identityNo, today))}
          slotProps={{ htmlInput: { 'data-testid': 'patient-identity-type' }, select: { SelectDisplayProps: { 'data-testid': 'patient-identity-type-button' } as object } }}
        >
          {IDENTITY_TYPES.map((type) => (
            <MenuItem key={type} value={type} data-testid={`patient-identity-type-${type}`}>
              {t(`patients.identityTypes.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('patients.identityNo')}
          required
          disabled={disabled}
          value={value.identityNo}
          {...form.check('identityNo', value.identityNo, fromMyKad ? t('patients.myKadHint') : undefined)}
          onChange={(event) => onChange(withIdentityNo(value, event.target.value, today))}
          slotProps={{ htmlInput: { ...form.input('identityNo'), 'data-testid': 'patient-identity-no' } }}
        />
        {!fromMyKad && (
          <NationalityField value={value.nationality} onChange={(nationality) => set({ nationality })} disabled={disabled} check={form.check('nationality')} input={form.input('nationality')} />
        )}
        <DateField
          label={t('patients.dateOfBirth')}
          disabled={disabled || fromMyKad}
          value={value.dateOfBirth}
          max={today}
          keepUnreadable
          {...form.check('dateOfBirth')}
          onChange={(dateOfBirth) => set({ dateOfBirth })}
          htmlInput={{ ...form.input('dateOfBirth'), 'data-testid': 'patient-date-of-birth' }}
        />
        <TextField
          select
          label={t('patients.sex')}
          disabled={disabled || fromMyKad}
          value={value.sex}
          onChange={(event) => set({ sex: sexSchema.parse(event.target.value) })}
          slotProps={{ htmlInput: { 'data-testid': 'patient-sex' } }}
        >
          {sexSchema.options.map((sex) => (
            <MenuItem key={sex} value={sex}>
              {t(`patients.sexes.${sex}`)}
            </MenuItem>
          ))}
        </TextField>
        {identityNotice && <Box sx={{ gridColumn: '1 / -1' }}>{identityNotice}</Box>}
      </Section>
      <TextListEditor field="phones" max={LIST_LIMITS.phones} value={value.phones} onChange={(phones) => set({ phones })} error={error} disabled={disabled} />
      <Section title={t('patients.contact')}>
        {text('email', t('patients.email'), { type: 'email' })}
        <Box sx={{ gridColumn: '1 / -1' }}>{text('address', t('patients.address'))}</Box>
        {text('postcode', t('patients.postcode'))}
        {text('employer', t('patients.employer'))}
      </Section>
      <Section title={t('patients.emergencyContact')}>
        {text('emergencyName', t('patients.emergencyName'), { path: 'emergencyContact.name' })}
        {text('emergencyRelationship', t('patients.emergencyRelationship'), { path: 'emergencyContact.relationship' })}
        {text('emergencyPhone', t('patients.emergencyPhone'), { path: 'emergencyContact.phone' })}
      </Section>
      <PanelsEditor value={value.panels} onChange={(panels) => set({ panels })} error={error} disabled={disabled} />
      <AllergiesEditor value={value} recorded={noKnownAllergiesRecorded ?? null} onChange={set} error={error} disabled={disabled} />
      <TextListEditor field="chronicConditions" max={LIST_LIMITS.chronicConditions} value={value.chronicConditions} onChange={(chronicConditions) => set({ chronicConditions })} error={error} disabled={disabled} />
      <TextListEditor field="alerts" max={LIST_LIMITS.alerts} value={value.alerts} onChange={(alerts) => set({ alerts })} error={error} disabled={disabled} />
    </Stack>
  );
}
