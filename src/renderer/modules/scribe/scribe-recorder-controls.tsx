import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { ScribeRecorder } from './use-scribe-recorder';

/** Minutes and seconds, `4:07`. */
export function minutesAndSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Start, and while recording a red dot with the time so far, Stop and Discard. */
export function ScribeRecorderControls({ recorder }: { recorder: ScribeRecorder }) {
  const { t } = useTranslation();
  const live = recorder.phase === 'recording' || recorder.phase === 'stopping';
  return (
    <Stack spacing={1} data-testid="scribe-recorder" data-phase={recorder.phase}>
      {live ? (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} role="status" data-testid="scribe-recording-indicator">
            <FiberManualRecordIcon color="error" fontSize="small" />
            <Typography variant="body1" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('scribe.recording', { elapsed: minutesAndSeconds(recorder.elapsedSeconds) })}
            </Typography>
          </Stack>
          <Button variant="contained" color="error" disabled={recorder.phase === 'stopping'} onClick={recorder.stop} data-testid="scribe-stop">
            {recorder.phase === 'stopping' ? t('scribe.stopping') : t('scribe.stop')}
          </Button>
          <Button disabled={recorder.phase === 'stopping'} onClick={recorder.discard} data-testid="scribe-discard-live">
            {t('scribe.discard')}
          </Button>
        </Stack>
      ) : (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<FiberManualRecordIcon />} disabled={recorder.phase === 'starting'} onClick={recorder.start} data-testid="scribe-start">
            {recorder.phase === 'starting' ? t('scribe.starting') : t('scribe.start')}
          </Button>
        </Stack>
      )}
      {live && (
        <Typography variant="caption" color="text.secondary">
          {t('scribe.recordingHint')}
        </Typography>
      )}
      {recorder.microphoneProblem && (
        <Alert severity="warning" data-testid="scribe-microphone-problem" data-problem={recorder.microphoneProblem}>
          {t(`scribe.microphone.${recorder.microphoneProblem}`)}
        </Alert>
      )}
      <ErrorAlert error={recorder.error} />
    </Stack>
  );
}
