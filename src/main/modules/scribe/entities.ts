import { EntitySchema } from 'typeorm';
import type { ScribeConsentAnswer } from '../../../shared/schemas/scribe';

export interface ScribeConsentRecord {
  id: string;
  visitId: string;
  patientId: string;
  answer: ScribeConsentAnswer;
  askedBy: string;
  askedAt: string;
}

export const ScribeConsentEntity = new EntitySchema<ScribeConsentRecord>({
  name: 'ScribeConsent',
  tableName: 'scribe_consents',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id' },
    patientId: { type: 'text', name: 'patient_id' },
    answer: { type: 'text' },
    askedBy: { type: 'text', name: 'asked_by' },
    askedAt: { type: 'text', name: 'asked_at' },
  },
});

export interface ScribeRecordingRecord {
  id: string;
  visitId: string;
  patientId: string;
  consentId: string;
  startedBy: string;
  startedAt: string;
  stoppedAt: string | null;
  audioBytes: number;
  audioDeletedAt: string | null;
  audioDeletedWhy: 'signed' | 'retention' | 'discarded' | 'withdrawn' | null;
  /** JSON of ScribeTranscriptLine[]. */
  transcript: string | null;
  transcriptModel: string | null;
  transcribedAt: string | null;
  transcriptDeletedAt: string | null;
}

export const ScribeRecordingEntity = new EntitySchema<ScribeRecordingRecord>({
  name: 'ScribeRecording',
  tableName: 'scribe_recordings',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id' },
    patientId: { type: 'text', name: 'patient_id' },
    consentId: { type: 'text', name: 'consent_id' },
    startedBy: { type: 'text', name: 'started_by' },
    startedAt: { type: 'text', name: 'started_at' },
    stoppedAt: { type: 'text', name: 'stopped_at', nullable: true },
    audioBytes: { type: 'integer', name: 'audio_bytes' },
    audioDeletedAt: { type: 'text', name: 'audio_deleted_at', nullable: true },
    audioDeletedWhy: { type: 'text', name: 'audio_deleted_why', nullable: true },
    transcript: { type: 'text', nullable: true },
    transcriptModel: { type: 'text', name: 'transcript_model', nullable: true },
    transcribedAt: { type: 'text', name: 'transcribed_at', nullable: true },
    transcriptDeletedAt: { type: 'text', name: 'transcript_deleted_at', nullable: true },
  },
});

export interface ScribeAudioChunkRecord {
  recordingId: string;
  seq: number;
  pcm: Buffer;
}

export const ScribeAudioChunkEntity = new EntitySchema<ScribeAudioChunkRecord>({
  name: 'ScribeAudioChunk',
  tableName: 'scribe_audio_chunks',
  columns: {
    recordingId: { type: 'text', name: 'recording_id', primary: true },
    seq: { type: 'integer', primary: true },
    pcm: { type: 'blob' },
  },
});
