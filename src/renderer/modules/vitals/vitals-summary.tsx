import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import { MEASURE_DECIMALS, MEASURE_UNITS, TYPED_MEASURES, type Measure } from '../../../shared/vitals/measures';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { VitalFlagChips } from './vital-flag-chips';

/** A value at the precision it is recorded to (a baby's 3.45 kg, an adult's 72 kg), with its unit. */
function valueText(measure: Measure, value: number): string {
  const decimals = MEASURE_DECIMALS[measure];
  const text = decimals > 1 ? String(Number(value.toFixed(decimals))) : value.toFixed(decimals);
  return `${text} ${MEASURE_UNITS[measure]}`;
}

/** The values a recording holds, BP as one reading. */
function readings(recording: VitalsRecording): { measure: Measure; text: string }[] {
  const { measures } = recording;
  const shown: { measure: Measure; text: string }[] = [];
  if (measures.systolic !== null && measures.diastolic !== null) shown.push({ measure: 'systolic', text: `${measures.systolic}/${measures.diastolic} mmHg` });
  for (const measure of TYPED_MEASURES) {
    const value = measures[measure];
    if (value === null || measure === 'systolic' || measure === 'diastolic') continue;
    shown.push({ measure, text: valueText(measure, value) });
  }
  if (recording.bmi !== null) shown.push({ measure: 'bmi', text: valueText('bmi', recording.bmi) });
  return shown;
}

/** One recording: its values, when and by whom, and its flags. */
export function VitalsRecordingView({ recording }: { recording: VitalsRecording }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  return (
    <Stack spacing={1} data-testid="vitals-recording">
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}>
        {readings(recording).map(({ measure, text }) => (
          <Box key={measure} data-testid={`vitals-value-${measure}`}>
            <Typography variant="caption" color="text.secondary">
              {measure === 'systolic' ? t('vitals.trend.bp') : t(`vitals.measures.${measure}`)}
              {measure === 'glucose' && recording.glucoseKind && ` · ${t(`vitals.glucoseKinds.${recording.glucoseKind}`)}`}
            </Typography>
            <Typography>{text}</Typography>
          </Box>
        ))}
      </Box>
      <VitalFlagChips flags={recording.flags} />
      <Typography variant="caption" color="text.secondary">
        {t('vitals.saved', { time: dates.dateTime(recording.recordedAt), name: recording.recordedBy.name })}
        {recording.correctionReason && ` · ${t('vitals.corrected', { reason: recording.correctionReason })}`}
      </Typography>
    </Stack>
  );
}

/** The visit's latest vital signs with their flags, for the doctor's workspace. */
export function VitalsSummary({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const recordings = useQuery(trpc.vitals.forVisit.queryOptions({ visitId }));
  const latest = recordings.data?.[0];
  return (
    <Stack spacing={1} data-testid="vitals-summary">
      <ErrorAlert error={recordings.error} />
      {recordings.data && !latest && <Alert severity="info">{t('vitals.nothingYet')}</Alert>}
      {latest && <VitalsRecordingView recording={latest} />}
    </Stack>
  );
}
