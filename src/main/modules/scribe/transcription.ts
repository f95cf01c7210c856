import type { AiFailureKind } from '../../../shared/ai-draft';
import type { ScribeRecording, ScribeTranscriptLine } from '../../../shared/schemas/scribe';
import type { AiTranscript } from '../../ai/provider';
import type { AiServices, InUnitOfWork } from '../ai';
import type { SettingsStore } from '../../settings/settings-store';
import type { ScribeService } from './scribe-service';
import { scribeSettings } from './settings';

export type TranscriptionOutcome = { kind: 'transcribed'; recording: ScribeRecording } | { kind: 'failed'; failure: AiFailureKind };

/** The transcript's lines, numbered from 1 so a note draft can cite them. */
export function linesOf(transcript: AiTranscript): ScribeTranscriptLine[] {
  return transcript.segments.map((segment, index) => ({ no: index + 1, start: segment.start, end: segment.end, text: segment.text }));
}

/**
 * A stopped recording to text, through the provider's transcription endpoint, outside any
 * transaction. With AI off or failing, the doctor is told why and writes the note by hand; the
 * audio stays until signing, so it can be tried again.
 */
export class ScribeTranscription {
  constructor(
    private readonly scribe: ScribeService,
    private readonly requests: AiServices['requests'],
    private readonly settings: SettingsStore,
  ) {}

  async transcribe(inUnitOfWork: InUnitOfWork, recordingId: string): Promise<TranscriptionOutcome> {
    const { audio, language } = await inUnitOfWork(async (uow) => ({ audio: await this.scribe.audioFor(uow, { recordingId }), language: (await this.settings.get(uow, scribeSettings)).language }));
    const result = await this.requests.transcribe(inUnitOfWork, {
      feature: 'scribe-transcription',
      patientIds: [audio.patientId],
      audio: audio.wav,
      fileName: `recording-${recordingId}.wav`,
      seconds: audio.seconds,
      ...(language ? { language } : {}),
    });
    if (result.kind === 'fell-back') return { kind: 'failed', failure: result.failure };
    const recording = await inUnitOfWork((uow) => this.scribe.saveTranscript(uow, recordingId, linesOf(result.transcript), result.transcript.model));
    return { kind: 'transcribed', recording };
  }
}
