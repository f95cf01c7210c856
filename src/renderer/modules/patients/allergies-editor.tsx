import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { allergySeveritySchema, type Allergy, type NoKnownAllergiesStatement } from '../../../shared/schemas/patients';
import { fieldRejected } from '../../components/field-error';
import { useClinicDates } from '../../format/use-clinic-clock';
import { statementText } from './allergy-state';
import { ListEditor } from './list-editor';
import { LIST_LIMITS } from './patient-draft';

/** The allergy part of the form: the list, and whether "no known allergies" is chosen. */
export interface AllergyAnswer {
  allergies: Allergy[];
  noKnownAllergies: boolean;
}

interface Props {
  value: AllergyAnswer;
  /** The statement on the saved record, to say who recorded it and when. */
  recorded: NoKnownAllergiesStatement | null;
  onChange: (answer: AllergyAnswer) => void;
  error: unknown;
  disabled?: boolean;
}

/**
 * The patient's allergies, one row each (allergen, reaction, severity), or, with none listed, the
 * explicit choice "no known allergies": the list empty and the choice off reads "not recorded".
 * Adding an allergy takes the choice away.
 */
export function AllergiesEditor({ value, recorded, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const state = !value.noKnownAllergies
    ? t('patients.allergiesNotRecorded')
    : recorded
      ? statementText(t, dates, recorded)
      : t('patients.noKnownAllergiesOnSave');
  return (
    <Stack spacing={1}>
      <ListEditor
        title={t('patients.allergies')}
        emptyText={state}
        addLabel={t('patients.addAllergy')}
        addTestId="patient-add-allergy"
        value={value.allergies}
        onChange={(allergies) => onChange({ allergies, noKnownAllergies: allergies.length === 0 && value.noKnownAllergies })}
        newItem={(): Allergy => ({ allergen: '', reaction: '', severity: 'moderate' })}
        max={LIST_LIMITS.allergies}
        disabled={disabled}
        renderRow={(allergy, change, index, autoFocus) => (
          <>
            <TextField
              label={t('patients.allergen')}
              size="small"
              required
              autoFocus={autoFocus}
              disabled={disabled}
              value={allergy.allergen}
              onChange={(event) => change({ ...allergy, allergen: event.target.value })}
              slotProps={{ htmlInput: { 'data-testid': `patient-allergen-${index}` } }}
            />
            <TextField label={t('patients.reaction')} size="small" disabled={disabled} value={allergy.reaction} onChange={(event) => change({ ...allergy, reaction: event.target.value })} />
            <TextField
              select
              label={t('patients.severity')}
              size="small"
              disabled={disabled}
              sx={{ minWidth: 140 }}
              value={allergy.severity}
              onChange={(event) => change({ ...allergy, severity: allergySeveritySchema.parse(event.target.value) })}
            >
              {allergySeveritySchema.options.map((severity) => (
                <MenuItem key={severity} value={severity}>
                  {t(`patients.severities.${severity}`)}
                </MenuItem>
              ))}
            </TextField>
          </>
        )}
      />
      {value.allergies.length === 0 && (
        <FormControlLabel
          disabled={disabled}
          sx={{ alignSelf: 'flex-start' }}
          control={
            <Checkbox
              checked={value.noKnownAllergies}
              onChange={(event) => onChange({ allergies: [], noKnownAllergies: event.target.checked })}
              slotProps={{ input: { 'data-testid': 'patient-no-known-allergies', 'data-field': 'noKnownAllergies' } as object }}
              color={fieldRejected(error, 'noKnownAllergies') ? 'error' : undefined}
            />
          }
          label={t('patients.noKnownAllergiesChoice')}
        />
      )}
    </Stack>
  );
}
