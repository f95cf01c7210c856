import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/session-context';
import { HistorySummaryCard } from './history-summary-card';
import { LongTermMedications } from './long-term-medications';
import { MedicalHistory } from './medical-history';
import { ProblemList } from './problem-list';

/** The chart on the patient's record, for those who may read clinical content; reception sees nothing of it. */
export function PatientChart({ patientId, readOnly }: { patientId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  if (!useCan('clinical.view')) return null;
  return (
    <Stack spacing={1.5} data-testid="patient-chart">
      <Typography variant="h6">{t('chart.title')}</Typography>
      <HistorySummaryCard patientId={patientId} readOnly={readOnly} />
      <ProblemList patientId={patientId} readOnly={readOnly} />
      <LongTermMedications patientId={patientId} readOnly={readOnly} />
      <MedicalHistory patientId={patientId} readOnly={readOnly} />
    </Stack>
  );
}
