import { Alert, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { ScribeConsent } from './scribe-consent';
import type { NoteTarget } from './scribe-note-draft';
import { ScribeRecorderControls } from './scribe-recorder-controls';
import { ScribeRecordingCard } from './scribe-recording-card';
import { useScribeRecorder } from './use-scribe-recorder';

/**
 * The doctor's voice scribe in the consultation: the patient's consent for this visit, recording
 * between Start and Stop, the transcript and the note drafted from it. With AI off, or the patient refusing, it says so and the
 * doctor writes the note by hand.
 */
export function ScribePanel({ visitId, target }: { visitId: string; target: NoteTarget }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.ai.status.queryOptions());
  const state = useQuery(trpc.scribe.forVisit.queryOptions({ visitId }));
  const refresh = (): void => void queryClient.invalidateQueries({ queryKey: trpc.scribe.forVisit.queryKey({ visitId }) });
  const recorder = useScribeRecorder(visitId, refresh);
  const busy = recorder.phase !== 'idle';
  const consent = state.data?.consent ?? null;
  const aiOff = status.data !== undefined && !status.data.enabled;
  return (
    <Stack spacing={1.5} data-testid="scribe-panel">
      <Typography variant="body2" color="text.secondary">
        <Typography component="strong" variant="subtitle1" color="text.primary" sx={{ mr: 1 }}>
          {t('scribe.title')}
        </Typography>
        {t('scribe.hint')}
      </Typography>
      <ErrorAlert error={state.error ?? status.error} />
      {aiOff && !busy ? (
        <Alert severity="info" data-testid="scribe-ai-off">
          {t('scribe.aiOff')}
        </Alert>
      ) : (
        state.data && (
          <>
            <ScribeConsent visitId={visitId} consent={consent} locked={busy} recorded={Boolean(state.data.recordings.some((recording) => recording.audioKept || recording.transcript !== null))} onAnswered={refresh} />
            {consent?.answer === 'granted' && (
              <>
                <ScribeRecorderControls recorder={recorder} />
                {state.data.recordings
                  .filter((recording) => recording.audioDeletedWhy !== 'discarded')
                  .map((recording) => (
                    <ScribeRecordingCard key={recording.id} recording={recording} live={recording.id === recorder.recordingId} onChanged={refresh} target={target} />
                  ))}
              </>
            )}
          </>
        )
      )}
    </Stack>
  );
}
