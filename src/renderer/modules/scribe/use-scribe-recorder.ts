import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { SCRIBE_CHUNK_SECONDS, SCRIBE_MAX_SECONDS } from '../../../shared/schemas/scribe';
import { useTRPC } from '../../api/client';
import { MicrophoneError, openMicrophone, type MicrophoneProblem, type OpenMicrophone } from './microphone';
import { base64Of, partsOf } from './pcm-encoder';

export type RecorderPhase = 'idle' | 'starting' | 'recording' | 'stopping';

interface Running {
  recordingId: string;
  microphone: OpenMicrophone | null;
  startedAt: number;
  timer: ReturnType<typeof setInterval>;
  nextSeq: number;
  /** Parts not yet taken by the hub, oldest first: a failed send is tried again with the next. */
  unsent: { seq: number; bytes: Uint8Array }[];
  sending: Promise<void>;
}

export interface ScribeRecorder {
  phase: RecorderPhase;
  /** The recording this window is making now, if any. */
  recordingId: string | null;
  elapsedSeconds: number;
  microphoneProblem: MicrophoneProblem | null;
  error: unknown;
  start: () => void;
  /** Sends what is left and stops; after a failed send, pressing it again tries again. */
  stop: () => void;
  discard: () => void;
}

/**
 * Start, Stop and Discard for one visit: the microphone's sound is sent to the hub every
 * SCRIBE_CHUNK_SECONDS as a numbered part (so closing the window or a crash loses at most that),
 * and the rest at Stop. `onChanged` is called when the hub's recordings change.
 */
export function useScribeRecorder(visitId: string, onChanged: () => void): ScribeRecorder {
  const trpc = useTRPC();
  const startRecording = useMutation(trpc.scribe.start.mutationOptions());
  const appendAudio = useMutation(trpc.scribe.appendAudio.mutationOptions());
  const stopRecording = useMutation(trpc.scribe.stop.mutationOptions());
  const discardRecording = useMutation(trpc.scribe.discard.mutationOptions());
  const running = useRef<Running | null>(null);
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [recordingId, setRecordingId] = useState<string | null>(null);
  const [elapsedSeconds, setElapsed] = useState(0);
  const [microphoneProblem, setMicrophoneProblem] = useState<MicrophoneProblem | null>(null);
  const [error, setError] = useState<unknown>(null);

  /** Queues what was heard since the last part and sends the queue in order. */
  const sendParts = (current: Running): Promise<void> => {
    if (current.microphone) queue(current, current.microphone.encoder.take());
    current.sending = current.sending.then(async () => {
      while (current.unsent.length > 0) {
        const part = current.unsent[0];
        await appendAudio.mutateAsync({ recordingId: current.recordingId, seq: part.seq, pcmBase64: base64Of(part.bytes) });
        current.unsent.shift();
      }
      setError(null);
    });
    // The chain goes on after a failure: the part stays queued for the next try.
    const attempt = current.sending;
    current.sending = attempt.catch((failure: unknown) => setError(failure));
    return attempt;
  };

  const closeMicrophone = async (current: Running): Promise<void> => {
    clearInterval(current.timer);
    const microphone = current.microphone;
    if (!microphone) return;
    await microphone.close();
    // What the encoder still holds goes with the last part; the microphone is gone after it.
    queue(current, microphone.encoder.take());
    current.microphone = null;
  };

  const stop = (): void => {
    const current = running.current;
    if (!current || phase === 'stopping' || phase === 'starting') return;
    setPhase('stopping');
    void (async () => {
      try {
        await closeMicrophone(current);
        await sendParts(current);
        await stopRecording.mutateAsync({ recordingId: current.recordingId });
        running.current = null;
        setRecordingId(null);
        setPhase('idle');
        onChanged();
      } catch (failure) {
        setError(failure);
        // Still 'recording' as far as the hub knows: Stop again sends what is queued.
        setPhase('recording');
      }
    })();
  };

  const start = (): void => {
    if (running.current || phase !== 'idle') return;
    setPhase('starting');
    setMicrophoneProblem(null);
    setError(null);
    void (async () => {
      let microphone: OpenMicrophone | null = null;
      try {
        microphone = await openMicrophone();
        const { recordingId } = await startRecording.mutateAsync({ visitId });
        const current: Running = { recordingId, microphone, startedAt: Date.now(), timer: setInterval(() => tick(), 1000), nextSeq: 0, unsent: [], sending: Promise.resolve() };
        running.current = current;
        setRecordingId(recordingId);
        setElapsed(0);
        setPhase('recording');
        onChanged();
      } catch (failure) {
        await microphone?.close();
        if (failure instanceof MicrophoneError) setMicrophoneProblem(failure.problem);
        else setError(failure);
        setPhase('idle');
      }
    })();
  };

  const tickRef = useRef<() => void>(() => undefined);
  tickRef.current = () => {
    const current = running.current;
    if (!current?.microphone) return;
    const seconds = Math.floor((Date.now() - current.startedAt) / 1000);
    setElapsed(seconds);
    if (seconds >= SCRIBE_MAX_SECONDS) stop();
    else if (current.microphone.encoder.seconds >= SCRIBE_CHUNK_SECONDS) void sendParts(current).catch(() => undefined);
  };
  const tick = (): void => tickRef.current();

  const discard = (): void => {
    const current = running.current;
    if (!current) return;
    running.current = null;
    current.unsent.length = 0;
    setRecordingId(null);
    setPhase('idle');
    void (async () => {
      await closeMicrophone(current);
      current.unsent.length = 0;
      await current.sending;
      await discardRecording.mutateAsync({ recordingId: current.recordingId });
      onChanged();
    })().catch((failure: unknown) => setError(failure));
  };

  // Leaving the visit while recording: the microphone is let go; what was sent stays on the hub.
  useEffect(
    () => () => {
      const current = running.current;
      if (current) void closeMicrophone(current);
    },
    [],
  );

  return { phase, recordingId, elapsedSeconds, microphoneProblem, error, start, stop, discard };
}

/** Numbers what was heard as the next parts. */
function queue(current: Running, heard: Uint8Array): void {
  for (const bytes of partsOf(heard)) current.unsent.push({ seq: current.nextSeq++, bytes });
}
