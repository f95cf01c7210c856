import { z } from 'zod';
import type { Icd10Hint } from './ai-notes';
import { idSchema } from './common';
import type { SoapNote, SoapSection } from './consultation';

/** The scribe records 16 kHz mono 16-bit PCM: clear enough for speech recognition, 32 kB a second. */
export const SCRIBE_SAMPLE_RATE = 16_000;
/** The screen sends what it has recorded every 15 seconds, so a crash loses at most that much. */
export const SCRIBE_CHUNK_SECONDS = 15;
const CHUNK_MAX_BYTES = SCRIBE_SAMPLE_RATE * 2 * (SCRIBE_CHUNK_SECONDS + 5);
/** A consultation's recording stops at 30 minutes. */
export const SCRIBE_MAX_SECONDS = 30 * 60;

export const SCRIBE_CONSENT_ANSWERS = ['granted', 'refused'] as const;
export type ScribeConsentAnswer = (typeof SCRIBE_CONSENT_ANSWERS)[number];

export const scribeVisitInputSchema = z.object({ visitId: idSchema });
export const scribeRecordingInputSchema = z.object({ recordingId: idSchema });

/** Asked every visit; a refusal is recorded too, and the doctor writes the note by hand. */
export const recordScribeConsentInputSchema = z.object({ visitId: idSchema, answer: z.enum(SCRIBE_CONSENT_ANSWERS) });

/** One stretch of the recording: little-endian 16-bit PCM at SCRIBE_SAMPLE_RATE, numbered from 0. */
export const appendScribeAudioInputSchema = z.object({
  recordingId: idSchema,
  seq: z.number().int().min(0).max(10_000),
  pcmBase64: z.base64().min(4).max(Math.ceil(CHUNK_MAX_BYTES / 3) * 4),
});

/** How long the scribe's recordings and transcripts are kept (the clinic's choice, within what careful scribes do). */
export const scribeSettingsSchema = z.object({
  /** 0: the audio is deleted when the note is signed; at most a day after. */
  audioHoursAfterSigning: z.number().int().min(0).max(24),
  /** Transcripts are deleted this many days after they were made. */
  transcriptDays: z.number().int().min(1).max(90),
  /** The language the transcription server is told ('' lets it detect). */
  language: z.enum(['', 'en', 'ms']),
});
export type ScribeSettings = z.infer<typeof scribeSettingsSchema>;
export const DEFAULT_SCRIBE_SETTINGS: ScribeSettings = { audioHoursAfterSigning: 0, transcriptDays: 30, language: '' };

export interface ScribeTranscriptLine {
  /** The line's number, from 1, as the note draft cites it. */
  no: number;
  /** Seconds from the start of the recording (0 when the server gave no times). */
  start: number;
  end: number;
  text: string;
}

export interface ScribeRecording {
  id: string;
  startedAt: string;
  stoppedAt: string | null;
  seconds: number;
  /** False once the audio is deleted (at signing, by the retention rule, or discarded). */
  audioKept: boolean;
  /** 'withdrawn': the patient refused after agreeing, and what was recorded went at once. */
  audioDeletedWhy: 'signed' | 'retention' | 'discarded' | 'withdrawn' | null;
  transcript: ScribeTranscriptLine[] | null;
  transcribedAt: string | null;
}

export interface ScribeVisitState {
  patientId: string;
  consent: { answer: ScribeConsentAnswer; askedAt: string; askedByName: string | null } | null;
  /** The note is signed: nothing more is recorded for this visit. */
  signed: boolean;
  recordings: ScribeRecording[];
}

/** One sentence of a note drafted from a transcript: its SOAP section and the transcript lines (`no`) it came from. */
export interface ScribeNoteSentence {
  section: SoapSection;
  text: string;
  /** At least one line number of the recording's transcript; the screen highlights them. */
  lines: number[];
}

/**
 * A SOAP draft from a recording's redacted transcript (`scribe.draftNote`, a `Draft<ScribeNoteDraft>`):
 * each section is its sentences joined, every sentence citing its lines. A draft only: the doctor
 * copies it into the note and saves the note as usual.
 */
export interface ScribeNoteDraft {
  note: SoapNote;
  sentences: ScribeNoteSentence[];
  hints: Icd10Hint[];
}
