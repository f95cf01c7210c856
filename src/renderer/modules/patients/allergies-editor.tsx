import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { allergySeveritySchema, type Allergy } from '../../../shared/schemas/patients';

/** The patient's allergies, one row each: allergen, reaction, severity. */
export function AllergiesEditor({ value, onChange, disabled }: { value: Allergy[]; onChange: (allergies: Allergy[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Allergy>): void => onChange(value.map((allergy, i) => (i === index ? { ...allergy, ...patch } : allergy)));
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{t('patients.allergies')}</Typography>
      {value.length === 0 && <Typography color="text.secondary">{t('patients.noAllergies')}</Typography>}
      {value.map((allergy, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            label={t('patients.allergen')}
            size="small"
            required
            disabled={disabled}
            value={allergy.allergen}
            onChange={(event) => change(index, { allergen: event.target.value })}
            slotProps={{ htmlInput: { 'data-testid': `patient-allergen-${index}` } }}
          />
          <TextField label={t('patients.reaction')} size="small" disabled={disabled} value={allergy.reaction} onChange={(event) => change(index, { reaction: event.target.value })} />
          <TextField
            select
            label={t('patients.severity')}
            size="small"
            disabled={disabled}
            sx={{ minWidth: 140 }}
            value={allergy.severity}
            onChange={(event) => change(index, { severity: allergySeveritySchema.parse(event.target.value) })}
          >
            {allergySeveritySchema.options.map((severity) => (
              <MenuItem key={severity} value={severity}>
                {t(`patients.severities.${severity}`)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton aria-label={t('patients.remove')} disabled={disabled} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      {!disabled && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...value, { allergen: '', reaction: '', severity: 'moderate' }])}
          data-testid="patient-add-allergy"
        >
          {t('patients.addAllergy')}
        </Button>
      )}
    </Stack>
  );
}
