import { Alert, Box, Stack, Typography } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';

/** How many recordings the charts plot: a few years of visits for a patient seen monthly. */
const PLOTTED = 100;

interface Line {
  label: string;
  values: (number | null)[];
  /** A second scale on the right (BMI beside weight). */
  right?: boolean;
}

/** One chart over the recordings' times; a line with gaps joins across visits that did not take that measure. */
function TrendChart({ title, times, lines, testId }: { title: string; times: Date[]; lines: Line[]; testId: string }) {
  const dates = useClinicDates();
  const drawn = lines.filter((line) => line.values.some((value) => value !== null));
  if (drawn.length === 0) return null;
  const twoScales = drawn.some((line) => line.right);
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <LineChart
        height={200}
        xAxis={[{ data: times, scaleType: 'time', valueFormatter: (value: Date) => dates.date(value) }]}
        yAxis={twoScales ? [{ id: 'left' }, { id: 'right', position: 'right' }] : [{ id: 'left' }]}
        series={drawn.map((line) => ({ label: line.label, data: line.values, connectNulls: true, yAxisId: line.right ? 'right' : 'left', showMark: true }))}
      />
    </Box>
  );
}

/** A patient's blood pressure, weight and BMI, glucose and temperature over time, oldest on the left. */
export function VitalsTrend({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const trend = useQuery(trpc.vitals.trend.queryOptions({ patientId, limit: PLOTTED }));
  const recordings: VitalsRecording[] = [...(trend.data?.recordings ?? [])].reverse();
  const times = recordings.map((recording) => new Date(recording.recordedAt));
  const series = (pick: (recording: VitalsRecording) => number | null) => recordings.map(pick);
  const glucoseOf = (kind: 'fasting' | 'random') => series((r) => (r.glucoseKind === kind ? r.measures.glucose : null));
  return (
    <Stack spacing={2} data-testid="vitals-trend">
      <ErrorAlert error={trend.error} />
      {trend.data && recordings.length === 0 && <Alert severity="info">{t('vitals.noTrend')}</Alert>}
      {recordings.length > 0 && (
        <>
          <Typography variant="caption" color="text.secondary">
            {t('vitals.trend.showing', { count: recordings.length })}
          </Typography>
          <TrendChart
            testId="vitals-trend-bp"
            title={t('vitals.trend.bp')}
            times={times}
            lines={[
              { label: t('vitals.measures.systolic'), values: series((r) => r.measures.systolic) },
              { label: t('vitals.measures.diastolic'), values: series((r) => r.measures.diastolic) },
            ]}
          />
          <TrendChart
            testId="vitals-trend-weight"
            title={t('vitals.trend.weight')}
            times={times}
            lines={[
              { label: t('vitals.measures.weight'), values: series((r) => r.measures.weight) },
              { label: t('vitals.measures.bmi'), values: series((r) => r.bmi), right: true },
            ]}
          />
          <TrendChart
            testId="vitals-trend-glucose"
            title={t('vitals.trend.glucose')}
            times={times}
            lines={[
              { label: t('vitals.measures.glucoseFasting'), values: glucoseOf('fasting') },
              { label: t('vitals.measures.glucoseRandom'), values: glucoseOf('random') },
            ]}
          />
          <TrendChart testId="vitals-trend-temperature" title={t('vitals.trend.temperature')} times={times} lines={[{ label: t('vitals.measures.temperature'), values: series((r) => r.measures.temperature) }]} />
        </>
      )}
    </Stack>
  );
}
