import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';
import { AllergyState } from './allergy-state';
import { ageOn } from './patient-draft';

/** Who this is, at a glance: name, MRN, document, age and sex, allergies (see AllergyState), alerts and chronic conditions. */
export function PatientHeader({ patient, aside }: { patient: Patient; aside?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const today = useClinicClock().date;
  const facts = [
    patient.mrn,
    `${t(`patients.identityTypes.${patient.identityType}`)} ${patient.identityNo}`,
    patient.dateOfBirth ? `${calendarDay(patient.dateOfBirth, i18n.language, 'none')} (${t('patients.age', { count: ageOn(patient.dateOfBirth, today) })})` : null,
    patient.sex ? t(`patients.sexes.${patient.sex}`) : null,
    patient.phones[0] ?? null,
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'flex', gap: 2 }}>
      {aside}
      <Box sx={{ flex: 1, minWidth: 0 }} data-testid="patient-header">
        <Typography variant="h5" component="h1">
          {patient.fullName}
        </Typography>
        <Typography color="text.secondary">{facts.filter(Boolean).join(' · ')}</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }} data-testid="patient-allergies">
          <AllergyState patient={patient} />
        </Stack>
        {patient.alerts.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} data-testid="patient-alerts">
            {patient.alerts.map((alert) => (
              <Chip key={alert} color="warning" icon={<NotificationImportantIcon />} label={alert} />
            ))}
          </Stack>
        )}
        {patient.chronicConditions.length > 0 && (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="patient-conditions">
            {t('patientRecord.header.conditions', { list: patient.chronicConditions.join(', ') })}
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
