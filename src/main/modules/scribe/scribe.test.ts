import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { pcmOfWav, speakConsultation, transcribeWithPocketsphinx } from '../../../../tests/support/spoken-consultation';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, registerWalkIn, unlockAfterClockMove, userWithRoles } from '../../../../tests/support/test-hub';
import { DEFAULT_AI_SETTINGS } from '../../../shared/schemas/ai';
import { DEFAULT_SCRIBE_SETTINGS, SCRIBE_CHUNK_SECONDS, SCRIBE_SAMPLE_RATE } from '../../../shared/schemas/scribe';

const SPOKEN = ['Lim Mei Ling has had a fever for three days and a cough.', 'Temperature is thirty eight point five.', 'No chest pain.', 'Plan paracetamol and review in three days.'];
const NOTE = { subjective: 'Fever and cough 3 days.', objective: 'T 38.5', assessment: 'URTI', plan: 'Paracetamol.' };

const clinic = clinicForTests(async () => {
  let now = new Date('2026-12-07T01:00:00Z');
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => now });
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const server = await OpenAiStandIn.start();
  server.transcribeWith((audio, fileName) => transcribeWithPocketsphinx(audio, fileName, SPOKEN));
  const speech = pcmOfWav(speakConsultation(SPOKEN));
  if (speech?.sampleRate !== SCRIBE_SAMPLE_RATE) throw new Error('the spoken consultation is not 16 kHz PCM');
  const calledVisit = async (name: string) => {
    const patientId = await registerWalkIn(reception, name);
    const { visitId } = await reception.queue.checkIn({ patientId, roomId: room.id, chiefComplaint: 'fever and cough', priority: 'normal' });
    await doctor.queue.callNext({ roomId: room.id });
    return { visitId, patientId };
  };
  /** What the screen does: Start, the recording sent in 15-second parts, Stop. */
  const record = async (visitId: string, pcm: Buffer) => {
    const { recordingId } = await doctor.scribe.start({ visitId });
    const size = SCRIBE_SAMPLE_RATE * 2 * SCRIBE_CHUNK_SECONDS;
    for (let seq = 0; seq * size < pcm.length; seq += 1) await doctor.scribe.appendAudio({ recordingId, seq, pcmBase64: pcm.subarray(seq * size, (seq + 1) * size).toString('base64') });
    await doctor.scribe.stop({ recordingId });
    return recordingId;
  };
  const sign = async (visitId: string) => {
    const saved = await doctor.consultation.saveNote({ visitId, version: 0, note: NOTE });
    await doctor.consultation.finish({ visitId, version: saved.version });
  };
  const setNow = async (at: string) => {
    now = new Date(at);
    await unlockAfterClockMove(admin, doctor);
    await unlockAfterClockMove(admin, reception);
  };
  const aiOn = () => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', models: { ...DEFAULT_AI_SETTINGS.models, scribe: 'whisper-1' }, maxRetries: 0 });
  return { testHub, admin, reception, doctor, server, pcm: speech.pcm, calledVisit, record, sign, setNow, aiOn };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

describe('the scribe’s consent', () => {
  it('records nothing until the patient agrees for this visit, and records a refusal too', async () => {
    const { visitId } = await clinic.calledVisit('Ahmad bin Ali');
    expect(await refusalOf(clinic.doctor.scribe.start({ visitId }))).toBe('SCRIBE_NO_CONSENT');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'refused' });
    expect(await refusalOf(clinic.doctor.scribe.start({ visitId }))).toBe('SCRIBE_NO_CONSENT');
    expect((await clinic.doctor.scribe.forVisit({ visitId })).consent).toMatchObject({ answer: 'refused', askedByName: 'dr.lim' });
    expect(await refusalOf(clinic.reception.scribe.recordConsent({ visitId, answer: 'granted' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.scribe.forVisit({ visitId }))).toBe('FORBIDDEN');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    expect(await clinic.doctor.scribe.start({ visitId })).toMatchObject({ recordingId: expect.any(String) });
  });
});

describe('recording and transcribing a consultation', () => {
  it('keeps the parts in order, takes a resent part once, and transcribes the real speech into numbered, timed lines', async () => {
    await clinic.aiOn();
    const { visitId } = await clinic.calledVisit('Lim Mei Ling');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const { recordingId } = await clinic.doctor.scribe.start({ visitId });
    const part = (seq: number) => clinic.pcm.subarray(seq * 480_000, (seq + 1) * 480_000).toString('base64');
    await clinic.doctor.scribe.appendAudio({ recordingId, seq: 0, pcmBase64: part(0) });
    expect(await refusalDetailsOf(clinic.doctor.scribe.appendAudio({ recordingId, seq: 2, pcmBase64: part(1) }))).toMatchObject({ code: 'SCRIBE_CHUNK_OUT_OF_ORDER', details: { seq: 2, expected: 1 } });
    await clinic.doctor.scribe.appendAudio({ recordingId, seq: 0, pcmBase64: part(0) });
    for (let seq = 1; seq * 480_000 < clinic.pcm.length; seq += 1) await clinic.doctor.scribe.appendAudio({ recordingId, seq, pcmBase64: part(seq) });
    expect(await refusalOf(clinic.doctor.scribe.transcribe({ recordingId }))).toBe('SCRIBE_NO_AUDIO');
    await clinic.doctor.scribe.stop({ recordingId });
    expect(await refusalOf(clinic.doctor.scribe.appendAudio({ recordingId, seq: 9, pcmBase64: part(0) }))).toBe('SCRIBE_RECORDING_STOPPED');

    const outcome = await clinic.doctor.scribe.transcribe({ recordingId });
    // The server was sent exactly what was recorded, as one WAV.
    expect(pcmOfWav(clinic.server.receivedAudio[0].audio)?.pcm.equals(clinic.pcm)).toBe(true);
    expect(clinic.server.receivedAudio[0].model).toBe('whisper-1');
    if (outcome.kind !== 'transcribed') throw new Error(`transcription failed: ${outcome.failure}`);
    expect(outcome.recording.transcript?.map((line) => [line.no, line.text])).toEqual([
      [1, 'lim mei ling has had a fever for three days and a cough'],
      [2, 'temperature is thirty eight point five'],
      [3, 'no chest pain'],
      [4, 'plan paracetamol and review in three days'],
    ]);
    expect(outcome.recording.seconds).toBeCloseTo(clinic.pcm.length / 32_000, 3);
    // The log keeps the transcript redacted: the patient's name never lands there.
    const month = (await clinic.admin.ai.interactions({ month: '2026-12' })).find((row) => row.feature === 'scribe-transcription');
    expect(month?.answer).toMatch(/^PATIENT_[A-Z0-9]{6} has had a fever/);
    expect(month?.answer.toLowerCase()).not.toContain('lim mei ling');
    expect((await clinic.doctor.scribe.forVisit({ visitId })).recordings[0]).toMatchObject({ audioKept: true, transcript: outcome.recording.transcript });
  });

  it('says why when the transcription cannot be made, and keeps the audio to try again', async () => {
    const { visitId } = await clinic.calledVisit('Raj Kumar');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const recordingId = await clinic.record(visitId, clinic.pcm.subarray(0, 64_000));
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    expect(await clinic.doctor.scribe.transcribe({ recordingId })).toEqual({ kind: 'failed', failure: 'disabled' });
    expect(clinic.server.receivedAudio).toEqual([]);
    await clinic.aiOn();
    clinic.server.failTranscription({ kind: 'status', status: 503 });
    expect(await clinic.doctor.scribe.transcribe({ recordingId })).toEqual({ kind: 'failed', failure: 'unavailable' });
    expect((await clinic.doctor.scribe.forVisit({ visitId })).recordings[0]).toMatchObject({ audioKept: true, transcript: null });
  });

  it('refuses a part too big to be fifteen seconds of speech', async () => {
    const { visitId } = await clinic.calledVisit('Wong Kah Wai');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const { recordingId } = await clinic.doctor.scribe.start({ visitId });
    expect(await refusalOf(clinic.doctor.scribe.appendAudio({ recordingId, seq: 0, pcmBase64: Buffer.alloc(2_000_000).toString('base64') }))).toBe('VALIDATION_FAILED');
  });
});

describe('keeping recordings no longer than needed', () => {
  it('deletes the audio when the note is signed, keeps the transcript its set days, and records nothing more for a signed visit', async () => {
    const { visitId } = await clinic.calledVisit('Siti Aminah');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const recordingId = await clinic.record(visitId, clinic.pcm);
    await clinic.aiOn();
    expect((await clinic.doctor.scribe.transcribe({ recordingId })).kind).toBe('transcribed');
    await clinic.sign(visitId);
    const after = await clinic.doctor.scribe.forVisit({ visitId });
    expect(after).toMatchObject({ signed: true, recordings: [{ audioKept: false, audioDeletedWhy: 'signed' }] });
    expect(after.recordings[0].transcript).toHaveLength(4);
    const rows = await clinic.testHub.hub.open()?.work.run(null, (uow) => uow.db.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM scribe_audio_chunks WHERE recording_id = ?', [recordingId]));
    expect(rows?.[0].n).toBe(0);
    expect(await refusalOf(clinic.doctor.scribe.start({ visitId }))).toBe('SCRIBE_NOTE_SIGNED');
    expect(await refusalOf(clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' }))).toBe('SCRIBE_NOTE_SIGNED');

    // 31 days on, the next note signed sweeps the transcript away (30 days by default).
    await clinic.setNow('2027-01-08T02:00:00Z');
    await clinic.sign((await clinic.calledVisit('Next Patient')).visitId);
    expect((await clinic.doctor.scribe.forVisit({ visitId })).recordings[0].transcript).toBeNull();
  });

  it('deletes what was recorded, audio and transcript, when the patient withdraws consent', async () => {
    const { visitId } = await clinic.calledVisit('Rajesh a/l Kumar');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const recordingId = await clinic.record(visitId, clinic.pcm);
    await clinic.aiOn();
    expect((await clinic.doctor.scribe.transcribe({ recordingId })).kind).toBe('transcribed');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'refused' });
    const after = await clinic.doctor.scribe.forVisit({ visitId });
    expect(after.recordings).toMatchObject([{ audioKept: false, audioDeletedWhy: 'withdrawn', transcript: null }]);
    const rows = await clinic.testHub.hub.open()?.work.run(null, (uow) => uow.db.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM scribe_audio_chunks WHERE recording_id = ?', [recordingId]));
    expect(rows?.[0].n).toBe(0);
    expect(await refusalOf(clinic.doctor.scribe.transcribe({ recordingId }))).toBe('SCRIBE_NO_AUDIO');
  });

  it('keeps the audio the set hours after signing when the clinic asks, then sweeps it', async () => {
    await clinic.setNow('2027-02-01T01:00:00Z');
    await clinic.admin.settings.scribe.save({ ...DEFAULT_SCRIBE_SETTINGS, audioHoursAfterSigning: 2 });
    const { visitId } = await clinic.calledVisit('Chong Mei');
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    await clinic.record(visitId, clinic.pcm.subarray(0, 64_000));
    await clinic.sign(visitId);
    expect((await clinic.doctor.scribe.forVisit({ visitId })).recordings[0]).toMatchObject({ audioKept: true });
    await clinic.setNow('2027-02-01T03:30:00Z');
    await clinic.sign((await clinic.calledVisit('Later Patient')).visitId);
    expect((await clinic.doctor.scribe.forVisit({ visitId })).recordings[0]).toMatchObject({ audioKept: false, audioDeletedWhy: 'retention' });
    await clinic.admin.settings.scribe.save(DEFAULT_SCRIBE_SETTINGS);
  });
});
