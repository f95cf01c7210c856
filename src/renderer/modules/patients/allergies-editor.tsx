import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { allergySeveritySchema, type Allergy } from '../../../shared/schemas/patients';
import { ListEditor } from './list-editor';
import { LIST_LIMITS } from './patient-draft';

/** The patient's allergies, one row each: allergen, reaction, severity. */
export function AllergiesEditor({ value, onChange, disabled }: { value: Allergy[]; onChange: (allergies: Allergy[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <ListEditor
      title={t('patients.allergies')}
      emptyText={t('patients.noAllergies')}
      addLabel={t('patients.addAllergy')}
      addTestId="patient-add-allergy"
      value={value}
      onChange={onChange}
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
  );
}
