import { v7 as uuidv7 } from 'uuid';
import {
  appendScribeAudioInputSchema,
  recordScribeConsentInputSchema,
  SCRIBE_MAX_SECONDS,
  SCRIBE_SAMPLE_RATE,
  scribeRecordingInputSchema,
  scribeVisitInputSchema,
  type ScribeRecording,
  type ScribeTranscriptLine,
  type ScribeVisitState,
} from '../../../shared/schemas/scribe';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ConsultationServices } from '../consultation';
import type { UsersService } from '../users';
import { ScribeAudioChunkEntity, ScribeConsentEntity, ScribeRecordingEntity, type ScribeRecordingRecord } from './entities';
import { wavOf } from './wav';

const BYTES_PER_SECOND = SCRIBE_SAMPLE_RATE * 2;

/** What the note draft needs from a transcribed recording: its lines, and whose they are. */
export interface RecordingTranscript {
  recordingId: string;
  visitId: string;
  patientId: string;
  lines: ScribeTranscriptLine[];
}

/** What the transcription step needs from a stopped recording: its audio as a WAV, and whose it is. */
export interface RecordingAudio {
  recordingId: string;
  patientId: string;
  wav: Buffer;
  seconds: number;
}

/**
 * The scribe's records: the patient's consent for the visit, recordings made between an explicit
 * Start and Stop (their audio kept as PCM chunks in the encrypted store, sent by the screen every
 * few seconds so a crash loses little), and their transcripts. Nothing here writes the note.
 */
export class ScribeService {
  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly users: UsersService,
  ) {}

  async state(uow: UnitOfWork, raw: { visitId: string }): Promise<ScribeVisitState> {
    const { visitId } = scribeVisitInputSchema.parse(raw);
    const { visit, encounter } = await this.encounters.forVisit(uow, visitId);
    const consent = await this.latestConsent(uow, visitId);
    const recordings = await uow.db.getRepository(ScribeRecordingEntity).find({ where: { visitId }, order: { startedAt: 'ASC', id: 'ASC' } });
    return {
      patientId: visit.patientId,
      consent: consent ? { answer: consent.answer, askedAt: consent.askedAt, askedByName: (await this.users.namesOf(uow, [consent.askedBy])).get(consent.askedBy) ?? null } : null,
      signed: Boolean(encounter?.signedAt),
      recordings: recordings.map(toRecording),
    };
  }

  /**
   * Asked at every visit; the latest answer counts (a patient may change their mind). A refusal
   * after agreeing withdraws the consent: what was recorded in this visit, audio and transcripts,
   * is deleted in the same transaction.
   */
  async recordConsent(uow: UnitOfWork, raw: { visitId: string; answer: 'granted' | 'refused' }): Promise<void> {
    const { visitId, answer } = recordScribeConsentInputSchema.parse(raw);
    const visit = await this.unsignedVisit(uow, visitId);
    const id = uuidv7();
    await uow.db.getRepository(ScribeConsentEntity).insert({ id, visitId, patientId: visit.patientId, answer, askedBy: actorOf(uow), askedAt: uow.now.toISOString() });
    await uow.audit({ action: 'scribe.consent', entity: 'scribe', entityId: id, before: null, after: { visitId, patientId: visit.patientId, answer } });
    if (answer === 'refused') {
      for (const recording of await uow.db.getRepository(ScribeRecordingEntity).findBy({ visitId })) {
        await this.deleteAudio(uow, recording, 'withdrawn');
        if (recording.transcript !== null) await this.deleteTranscript(uow, recording);
      }
    }
  }

  async start(uow: UnitOfWork, raw: { visitId: string }): Promise<{ recordingId: string }> {
    const { visitId } = scribeVisitInputSchema.parse(raw);
    const visit = await this.unsignedVisit(uow, visitId);
    const consent = await this.latestConsent(uow, visitId);
    if (consent?.answer !== 'granted') throw new AppError('SCRIBE_NO_CONSENT');
    const recording: ScribeRecordingRecord = {
      id: uuidv7(),
      visitId,
      patientId: visit.patientId,
      consentId: consent.id,
      startedBy: actorOf(uow),
      startedAt: uow.now.toISOString(),
      stoppedAt: null,
      audioBytes: 0,
      audioDeletedAt: null,
      audioDeletedWhy: null,
      transcript: null,
      transcriptModel: null,
      transcribedAt: null,
      transcriptDeletedAt: null,
    };
    await uow.db.getRepository(ScribeRecordingEntity).insert(recording);
    await uow.audit({ action: 'scribe.start', entity: 'scribe', entityId: recording.id, before: null, after: { visitId, patientId: visit.patientId, consentId: consent.id } });
    return { recordingId: recording.id };
  }

  /** A stretch of PCM. A part sent again after a dropped connection is taken once. */
  async appendAudio(uow: UnitOfWork, raw: { recordingId: string; seq: number; pcmBase64: string }): Promise<{ seconds: number }> {
    const { recordingId, seq, pcmBase64 } = appendScribeAudioInputSchema.parse(raw);
    const recording = await this.recording(uow, recordingId);
    if (recording.stoppedAt) throw new AppError('SCRIBE_RECORDING_STOPPED');
    await this.unsignedVisit(uow, recording.visitId);
    const chunks = uow.db.getRepository(ScribeAudioChunkEntity);
    const expected = await chunks.countBy({ recordingId });
    if (seq < expected) return { seconds: recording.audioBytes / BYTES_PER_SECOND };
    if (seq > expected) throw new AppError('SCRIBE_CHUNK_OUT_OF_ORDER', { seq, expected });
    const pcm = Buffer.from(pcmBase64, 'base64');
    // 16-bit samples: an odd byte would shift every later sample.
    const whole = pcm.subarray(0, pcm.length - (pcm.length % 2));
    const audioBytes = recording.audioBytes + whole.length;
    if (audioBytes > SCRIBE_MAX_SECONDS * BYTES_PER_SECOND) throw new AppError('SCRIBE_TOO_LONG', { minutes: SCRIBE_MAX_SECONDS / 60 });
    await chunks.insert({ recordingId, seq, pcm: whole });
    await uow.db.getRepository(ScribeRecordingEntity).update({ id: recordingId }, { audioBytes });
    await uow.audit({ action: 'scribe.audio', entity: 'scribe', entityId: recordingId, before: { audioBytes: recording.audioBytes }, after: { audioBytes, seq } });
    return { seconds: audioBytes / BYTES_PER_SECOND };
  }

  async stop(uow: UnitOfWork, raw: { recordingId: string }): Promise<void> {
    const { recordingId } = scribeRecordingInputSchema.parse(raw);
    const recording = await this.recording(uow, recordingId);
    if (recording.stoppedAt) return;
    const stoppedAt = uow.now.toISOString();
    await uow.db.getRepository(ScribeRecordingEntity).update({ id: recordingId }, { stoppedAt });
    await uow.audit({ action: 'scribe.stop', entity: 'scribe', entityId: recordingId, before: { stoppedAt: null }, after: { stoppedAt, seconds: recording.audioBytes / BYTES_PER_SECOND } });
  }

  /** The doctor throws a recording away: its audio and transcript go now. */
  async discard(uow: UnitOfWork, raw: { recordingId: string }): Promise<void> {
    const { recordingId } = scribeRecordingInputSchema.parse(raw);
    const recording = await this.recording(uow, recordingId);
    await this.deleteAudio(uow, recording, 'discarded');
    if (recording.transcript !== null) await this.deleteTranscript(uow, recording);
  }

  /** A stopped recording's audio, for the transcription endpoint; refused with SCRIBE_NO_AUDIO when there is none to send. */
  async audioFor(uow: UnitOfWork, raw: { recordingId: string }): Promise<RecordingAudio> {
    const { recordingId } = scribeRecordingInputSchema.parse(raw);
    const recording = await this.recording(uow, recordingId);
    await this.unsignedVisit(uow, recording.visitId);
    if (!recording.stoppedAt || recording.audioDeletedAt || recording.audioBytes === 0) throw new AppError('SCRIBE_NO_AUDIO', { why: recording.audioDeletedWhy ?? (recording.stoppedAt ? 'empty' : 'recording') });
    const chunks = await uow.db.getRepository(ScribeAudioChunkEntity).find({ where: { recordingId }, order: { seq: 'ASC' } });
    const pcm = Buffer.concat(chunks.map((chunk) => chunk.pcm));
    return { recordingId, patientId: recording.patientId, wav: wavOf(pcm, SCRIBE_SAMPLE_RATE), seconds: pcm.length / BYTES_PER_SECOND };
  }

  /** A recording's transcript, for drafting the note; refused once the note is signed, or with SCRIBE_NO_TRANSCRIPT when there is none (not yet, or deleted). */
  async transcriptFor(uow: UnitOfWork, raw: { recordingId: string }): Promise<RecordingTranscript> {
    const { recordingId } = scribeRecordingInputSchema.parse(raw);
    const recording = await this.recording(uow, recordingId);
    await this.unsignedVisit(uow, recording.visitId);
    if (recording.transcript === null) throw new AppError('SCRIBE_NO_TRANSCRIPT');
    return { recordingId, visitId: recording.visitId, patientId: recording.patientId, lines: JSON.parse(recording.transcript) as ScribeTranscriptLine[] };
  }

  async saveTranscript(uow: UnitOfWork, recordingId: string, lines: ScribeTranscriptLine[], model: string): Promise<ScribeRecording> {
    const recording = await this.recording(uow, recordingId);
    const changes = { transcript: JSON.stringify(lines), transcriptModel: model, transcribedAt: uow.now.toISOString(), transcriptDeletedAt: null };
    await uow.db.getRepository(ScribeRecordingEntity).update({ id: recordingId }, changes);
    await uow.audit({ action: 'scribe.transcribe', entity: 'scribe', entityId: recordingId, before: { transcribed: recording.transcript !== null }, after: { transcribed: true, lines: lines.length, model } });
    return toRecording({ ...recording, ...changes });
  }

  async deleteAudio(uow: UnitOfWork, recording: ScribeRecordingRecord, why: NonNullable<ScribeRecordingRecord['audioDeletedWhy']>): Promise<void> {
    if (recording.audioDeletedAt) return;
    await uow.db.getRepository(ScribeAudioChunkEntity).delete({ recordingId: recording.id });
    const changes = { audioDeletedAt: uow.now.toISOString(), audioDeletedWhy: why, stoppedAt: recording.stoppedAt ?? uow.now.toISOString() };
    await uow.db.getRepository(ScribeRecordingEntity).update({ id: recording.id }, changes);
    await uow.audit({ action: 'scribe.audioDeleted', entity: 'scribe', entityId: recording.id, before: { audioBytes: recording.audioBytes }, after: { why } });
  }

  async deleteTranscript(uow: UnitOfWork, recording: ScribeRecordingRecord): Promise<void> {
    await uow.db.getRepository(ScribeRecordingEntity).update({ id: recording.id }, { transcript: null, transcriptDeletedAt: uow.now.toISOString() });
    await uow.audit({ action: 'scribe.transcriptDeleted', entity: 'scribe', entityId: recording.id, before: { transcribedAt: recording.transcribedAt }, after: null });
  }

  private async recording(uow: UnitOfWork, id: string): Promise<ScribeRecordingRecord> {
    const recording = await uow.db.getRepository(ScribeRecordingEntity).findOneBy({ id });
    if (!recording) throw new AppError('NOT_FOUND', { entity: 'scribeRecording', id });
    return recording;
  }

  private async unsignedVisit(uow: UnitOfWork, visitId: string) {
    const { visit, encounter } = await this.encounters.forVisit(uow, visitId);
    if (encounter?.signedAt) throw new AppError('SCRIBE_NOTE_SIGNED');
    return visit;
  }

  private latestConsent(uow: UnitOfWork, visitId: string) {
    return uow.db.getRepository(ScribeConsentEntity).findOne({ where: { visitId }, order: { askedAt: 'DESC', id: 'DESC' } });
  }
}

function actorOf(uow: UnitOfWork): string {
  const userId = uow.actor?.userId;
  if (!userId) throw new AppError('NOT_SIGNED_IN');
  return userId;
}

function toRecording(record: ScribeRecordingRecord): ScribeRecording {
  return {
    id: record.id,
    startedAt: record.startedAt,
    stoppedAt: record.stoppedAt,
    seconds: record.audioBytes / BYTES_PER_SECOND,
    audioKept: record.audioDeletedAt === null,
    audioDeletedWhy: record.audioDeletedWhy,
    transcript: record.transcript === null ? null : (JSON.parse(record.transcript) as ScribeTranscriptLine[]),
    transcribedAt: record.transcribedAt,
  };
}
