import { Chip, Typography } from '@mui/material';
import WarningIcon from '@mui/icons-material/Warning';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NoKnownAllergiesStatement, Patient } from '../../../shared/schemas/patients';
import type { ClinicDates } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';

/** What a record says about allergies: the list, a recorded "no known allergies", or nothing yet. */
type AllergyFacts = Pick<Patient, 'allergies' | 'noKnownAllergiesRecorded'>;

/** "No known allergies — recorded by Farah, 3 Dec 2026", the day on the clinic's calendar. */
export function statementText(t: TFunction, dates: ClinicDates, statement: NoKnownAllergiesStatement): string {
  const date = dates.date(statement.recordedAt);
  return statement.recordedByName ? t('patients.noKnownAllergiesRecorded', { name: statement.recordedByName, date }) : t('patients.noKnownAllergiesRecordedOn', { date });
}

/**
 * The allergies as the patient's header shows them: each allergy as a red chip, or the recorded
 * statement, or — nobody having asked — a warning to ask. An empty list alone is no clinical statement.
 */
export function AllergyState({ patient }: { patient: AllergyFacts }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  if (patient.allergies.length > 0) {
    return patient.allergies.map((allergy) => (
      <Chip
        key={allergy.allergen}
        color="error"
        variant={allergy.severity === 'severe' ? 'filled' : 'outlined'}
        icon={<WarningIcon />}
        label={`${allergy.allergen} (${t(`patients.severities.${allergy.severity}`)})${allergy.reaction ? `: ${allergy.reaction}` : ''}`}
      />
    ));
  }
  if (patient.noKnownAllergiesRecorded) {
    return (
      <Typography variant="body2" data-testid="patient-no-known-allergies-recorded">
        {statementText(t, dates, patient.noKnownAllergiesRecorded)}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="warning.main" data-testid="patient-allergies-not-recorded">
      {t('patients.allergiesNotRecorded')}
    </Typography>
  );
}

/** The same three states in a line of search results: the allergens in red, "No known allergies", or "Allergies not recorded". */
export function AllergyStateInline({ patient }: { patient: AllergyFacts }) {
  const { t } = useTranslation();
  const [text, color] =
    patient.allergies.length > 0
      ? [`⚠ ${patient.allergies.map((a) => a.allergen).join(', ')}`, 'error']
      : patient.noKnownAllergiesRecorded
        ? [t('patients.noKnownAllergies'), 'text.secondary']
        : [t('patients.allergiesNotRecordedShort'), 'warning.main'];
  return (
    <Typography component="span" color={color} sx={{ ml: 1 }} data-testid="search-result-allergies">
      {text}
    </Typography>
  );
}
