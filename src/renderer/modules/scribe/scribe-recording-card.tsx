import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScribeRecording } from '../../../shared/schemas/scribe';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { minutesAndSeconds } from './scribe-recorder-controls';
import { ScribeNoteDraftPanel, type NoteTarget } from './scribe-note-draft';
import { ScribeTranscript } from './scribe-transcript';

interface Props {
  recording: ScribeRecording;
  /** This window is recording it now: no buttons yet. */
  live: boolean;
  onChanged: () => void;
  target: NoteTarget;
}

/** One recording of the visit: Transcribe (again after a failure, the audio kept), its transcript, the note drafted from it, Discard. */
export function ScribeRecordingCard({ recording, live, onChanged, target }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const [discarding, setDiscarding] = useState(false);
  const [highlighted, setHighlighted] = useState<ReadonlySet<number>>(new Set());
  const transcribe = useMutation(trpc.scribe.transcribe.mutationOptions({ onSuccess: (outcome) => outcome.kind === 'transcribed' && onChanged() }));
  const stop = useMutation(trpc.scribe.stop.mutationOptions({ onSuccess: onChanged }));
  const discard = useMutation(trpc.scribe.discard.mutationOptions({ onSuccess: () => (setDiscarding(false), onChanged()) }));
  const interrupted = recording.stoppedAt === null && !live;
  const failure = transcribe.data?.kind === 'failed' ? transcribe.data.failure : null;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="scribe-recording" data-recording-id={recording.id} data-audio-kept={recording.audioKept}>
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('scribe.recordingOf', { when: dates.time(recording.startedAt), duration: minutesAndSeconds(recording.seconds) })}</Typography>
        {interrupted && (
          <Alert
            severity="warning"
            action={
              <Button color="inherit" size="small" disabled={stop.isPending} onClick={() => stop.mutate({ recordingId: recording.id })} data-testid="scribe-stop-interrupted">
                {t('scribe.stopInterrupted')}
              </Button>
            }
          >
            {t('scribe.interrupted')}
          </Alert>
        )}
        {recording.stoppedAt && recording.audioKept && recording.seconds === 0 && (
          <Typography variant="caption" color="text.secondary" data-testid="scribe-nothing-recorded">
            {t('scribe.nothingRecorded')}
          </Typography>
        )}
        {recording.audioDeletedWhy && (
          <Typography variant="caption" color="text.secondary">
            {t(`scribe.audioDeleted.${recording.audioDeletedWhy}`)}
          </Typography>
        )}
        {!live && (recording.audioKept || recording.transcript) && (
          <Stack direction="row" spacing={1}>
            {recording.audioKept && recording.stoppedAt && recording.seconds > 0 && (
              <Button variant={recording.transcript ? 'outlined' : 'contained'} disabled={transcribe.isPending} onClick={() => transcribe.mutate({ recordingId: recording.id })} data-testid="scribe-transcribe">
                {transcribe.isPending ? t('scribe.transcribing') : recording.transcript ? t('scribe.transcribeAgain') : t('scribe.transcribe')}
              </Button>
            )}
            <Button color="error" onClick={() => setDiscarding(true)} data-testid="scribe-discard">
              {t('scribe.discard')}
            </Button>
          </Stack>
        )}
        {failure && (
          <Alert severity="warning" data-testid="scribe-transcribe-failed" data-failure={failure}>
            {t('scribe.transcribeFailed', { reason: t(`ai.failures.${failure}`) })}
          </Alert>
        )}
        <ErrorAlert error={transcribe.error ?? stop.error} />
        {recording.transcript && <ScribeTranscript lines={recording.transcript} highlighted={highlighted} />}
        {recording.transcript && recording.transcript.length > 0 && <ScribeNoteDraftPanel key={recording.transcribedAt} recordingId={recording.id} {...target} onHighlight={(lines) => setHighlighted(new Set(lines))} />}
      </Stack>
      {discarding && (
        <ConfirmDialog title={t('scribe.discard')} confirmLabel={t('scribe.discard')} testId="scribe-discard-dialog" color="error" pending={discard.isPending} error={discard.error} onConfirm={() => discard.mutate({ recordingId: recording.id })} onClose={() => setDiscarding(false)}>
          {t('scribe.discardAsk')}
        </ConfirmDialog>
      )}
    </Paper>
  );
}
