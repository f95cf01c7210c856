import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { leaksIn } from '../../../../tests/support/ai-leaks';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn, type ChatMessage, type Transcriber } from '../../../../tests/support/openai-stand-in';
import { pcmOfWav, speakConsultation, transcribeWithPocketsphinx } from '../../../../tests/support/spoken-consultation';
import { clinicWithReceptionist, refusalOf, registerWalkIn, userWithRoles } from '../../../../tests/support/test-hub';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { SCRIBE_SAMPLE_RATE, type ScribeNoteDraft, type ScribeTranscriptLine } from '../../../shared/schemas/scribe';
import { SITI } from '../../ai/privacy/sample-patients';

/** What the transcription server hears in the API tests: the patient's name and IC said aloud, then the consultation. */
const HEARD = [
  'Good morning, Puan Siti Nurhaliza binti Abdullah. Can I have your IC number?',
  'It is 850312-14-5678. I have had fever for 3 days and a cough.',
  'Okay. Temperature 38.5, BP 130/80, throat injected.',
  'I think this is URTI.',
  'PCM 1g tds and rest, come back if not better.',
  'Thank you doctor.',
];
const scripted: Transcriber = () => ({ text: HEARD.join(' '), segments: HEARD.map((text, at) => ({ start: at * 4, end: at * 4 + 3.5, text })), duration: HEARD.length * 4 });

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const { mrn: _mrn, ...fields } = SITI;
  const siti = await admin.patients.register({ ...fields, nationality: null, allergies: [] });
  const server = await OpenAiStandIn.start();
  const hearing: { with: Transcriber } = { with: scripted };
  server.transcribeWith((audio, fileName) => hearing.with(audio, fileName));
  const configure = (changes: Partial<AiSettings> = {}) =>
    admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', models: { ...DEFAULT_AI_SETTINGS.models, scribe: 'whisper-1' }, maxRetries: 0, ...changes });
  const calledVisit = async (patientId: string) => {
    const { visitId } = await reception.queue.checkIn({ patientId, roomId: room.id, chiefComplaint: 'demam', priority: 'normal' });
    await doctor.queue.callNext({ roomId: room.id });
    return visitId;
  };
  /** Consent, Start, the audio in one part, Stop: as the screen does it. */
  const record = async (visitId: string, pcm: Buffer) => {
    await doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const { recordingId } = await doctor.scribe.start({ visitId });
    await doctor.scribe.appendAudio({ recordingId, seq: 0, pcmBase64: pcm.toString('base64') });
    await doctor.scribe.stop({ recordingId });
    return recordingId;
  };
  const sitisVisit: { id: string | null } = { id: null };
  /** A recording of Siti's visit (a second of silence: the stand-in hears HEARD), transcribed. */
  const transcribed = async () => {
    await configure();
    sitisVisit.id ??= await calledVisit(siti.id);
    const visitId = sitisVisit.id;
    const recordingId = await record(visitId, Buffer.alloc(SCRIBE_SAMPLE_RATE * 2));
    const outcome = await doctor.scribe.transcribe({ recordingId });
    if (outcome.kind !== 'transcribed') throw new Error(`transcription failed: ${outcome.failure}`);
    server.reset();
    return { visitId, recordingId, lines: outcome.recording.transcript ?? [] };
  };
  return { testHub, admin, reception, doctor, siti, server, hearing, configure, calledVisit, record, transcribed };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

/** The prompt's numbered lines, as a model reads them. */
function promptLines(messages: ChatMessage[]): Map<number, string> {
  return new Map([...(messages[1]?.content ?? '').matchAll(/^L(\d+): (.*)$/gm)].map((match) => [Number(match[1]), match[2]]));
}

/** The stand-in answering as a model would, in the redacted words (and the patient's token) it was sent. */
const modelNote = (messages: ChatMessage[]) => {
  const said = promptLines(messages);
  const token = /PATIENT_[A-Z0-9]{6}/.exec(said.get(1) ?? '')?.[0] ?? 'nobody';
  return JSON.stringify({
    sentences: [
      { section: 'subjective', text: `${token}: fever for 3 days and a cough`, lines: [1, 2] },
      { section: 'objective', text: 'Temperature 38.5, BP 130/80, throat injected', lines: [3] },
      { section: 'assessment', text: 'URTI', lines: [4] },
      { section: 'plan', text: 'PCM 1g tds, rest, come back if not better', lines: [5] },
    ],
  });
};

/** Every sentence cites lines the transcript has, and each of its words is in those lines. */
function expectBorneOut(draft: ScribeNoteDraft, lines: readonly ScribeTranscriptLine[]): void {
  expect(draft.sentences.length).toBeGreaterThan(0);
  for (const sentence of draft.sentences) {
    expect(sentence.lines.length).toBeGreaterThan(0);
    const said = sentence.lines.map((no) => lines.find((line) => line.no === no)?.text ?? '(no such line)').join(' ').toLowerCase();
    for (const word of sentence.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) expect(said).toContain(word);
  }
}

describe('scribe.draftNote', () => {
  it('with AI off, is the local draft of the transcript with its lines, nothing sent, the transcript read as a chart read', async () => {
    const { recordingId, lines } = await clinic.transcribed();
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const draft = await clinic.doctor.scribe.draftNote({ recordingId });
    expect(draft).toMatchObject({ status: 'suggested', source: 'local', fallbackReason: 'disabled', interactionId: null, disclaimer: CLINICAL_DISCLAIMER });
    expect(draft.content.sentences.map((sentence) => [sentence.section, sentence.lines])).toEqual([
      ['subjective', [1]],
      ['subjective', [1]],
      ['subjective', [2]],
      ['subjective', [2]],
      ['objective', [3]],
      ['assessment', [4]],
      ['plan', [5]],
    ]);
    expect(draft.content.note).toMatchObject({ objective: 'Temperature 38.5, BP 130/80, throat injected', assessment: 'I think this is URTI', plan: 'PCM 1g tds and rest, come back if not better' });
    expect(draft.content.hints.map((hint) => hint.code)).toEqual(['J06.9']);
    expectBorneOut(draft.content, lines);
    expect(clinic.server.received).toEqual([]);
    expect(await clinic.admin.audit.list({ action: 'patient.chart.read', entityId: clinic.siti.id })).not.toEqual([]);
  });

  it('is the model’s draft, re-identified here, its sentences citing the lines; the transcript goes out numbered and without an identifier', async () => {
    const { recordingId, lines } = await clinic.transcribed();
    clinic.server.reply({ kind: 'answer', text: modelNote });
    const draft = await clinic.doctor.scribe.draftNote({ recordingId });
    expect(draft.source).toBe('model');
    expect(draft.content.sentences[0]).toEqual({ section: 'subjective', text: `${clinic.siti.fullName}: fever for 3 days and a cough`, lines: [1, 2] });
    expect(draft.content.note.assessment).toBe('URTI');
    expect(draft.content.hints.map((hint) => hint.code)).toEqual(['J06.9']);
    expectBorneOut(draft.content, lines);
    const chats = clinic.server.received.filter((request) => request.path === '/v1/chat/completions');
    expect(chats).toHaveLength(1);
    expect(chats[0].body).toContain('L3: Okay. Temperature 38.5, BP 130/80, throat injected.');
    expect(JSON.parse(chats[0].body)).toMatchObject({ model: 'llama3.2:3b' });
    const sent = clinic.server.bodies().join('\n');
    expect(leaksIn(sent)).toEqual([]);
    expect(sent).not.toContain(clinic.siti.identityNo);
  });

  it('falls back to the local draft when the answer cites a line the transcript does not have, on garbage, a 429 and a timeout', async () => {
    const { recordingId } = await clinic.transcribed();
    await clinic.configure({ timeoutSeconds: 1 });
    const citing99 = (messages: ChatMessage[]) => JSON.stringify({ sentences: [...(JSON.parse(modelNote(messages)) as { sentences: unknown[] }).sentences, { section: 'plan', text: 'rest', lines: [99] }] });
    clinic.server.reply({ kind: 'answer', text: citing99 }, { kind: 'garbage', body: 'not json {' }, { kind: 'answer', text: 'The patient has URTI.' }, { kind: 'status', status: 429 }, { kind: 'hang' });
    const reasons = [];
    for (let i = 0; i < 5; i += 1) {
      const draft = await clinic.doctor.scribe.draftNote({ recordingId });
      expect(draft.source).toBe('local');
      expect(draft.content.note.assessment).toBe('I think this is URTI');
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['bad-answer', 'bad-answer', 'bad-answer', 'rate-limited', 'timeout']);
    expect(leaksIn(clinic.server.bodies().join('\n'))).toEqual([]);
  });

  it('is for those who may write the note, and refuses before a transcript and once the note is signed', async () => {
    await clinic.configure();
    const visitId = await clinic.calledVisit(await registerWalkIn(clinic.reception, 'Ahmad bin Ali'));
    const recordingId = await clinic.record(visitId, Buffer.alloc(SCRIBE_SAMPLE_RATE * 2));
    expect(await refusalOf(clinic.doctor.scribe.draftNote({ recordingId }))).toBe('SCRIBE_NO_TRANSCRIPT');
    expect((await clinic.doctor.scribe.transcribe({ recordingId })).kind).toBe('transcribed');
    expect(await refusalOf(clinic.reception.scribe.draftNote({ recordingId }))).toBe('FORBIDDEN');
    expect((await clinic.doctor.scribe.draftNote({ recordingId })).content.sentences.length).toBeGreaterThan(0);
    const saved = await clinic.doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Fever 3 days.', objective: '', assessment: 'URTI', plan: '' } });
    await clinic.doctor.consultation.finish({ visitId, version: saved.version });
    expect(await refusalOf(clinic.doctor.scribe.draftNote({ recordingId }))).toBe('SCRIBE_NOTE_SIGNED');
    expect(await refusalOf(clinic.doctor.scribe.draftNote({ recordingId: '0193a5b3-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});

describe('from the consultation spoken to the note draft', () => {
  const SPOKEN = ['Lim Mei Ling has had a fever for three days and a cough.', 'Temperature is thirty eight point five.', 'I think this is a viral fever.', 'Plan paracetamol and review in three days.', 'Thank you doctor.'];

  it('speaks, transcribes with pocketsphinx through the stand-in, and drafts a note whose sentences its lines bear out', async () => {
    const speech = pcmOfWav(speakConsultation(SPOKEN));
    if (speech?.sampleRate !== SCRIBE_SAMPLE_RATE) throw new Error('the spoken consultation is not 16 kHz PCM');
    clinic.hearing.with = (audio, fileName) => transcribeWithPocketsphinx(audio, fileName, SPOKEN);
    await clinic.configure();
    const visitId = await clinic.calledVisit(await registerWalkIn(clinic.reception, 'Lim Mei Ling'));
    await clinic.doctor.scribe.recordConsent({ visitId, answer: 'granted' });
    const { recordingId } = await clinic.doctor.scribe.start({ visitId });
    const part = SCRIBE_SAMPLE_RATE * 2 * 15;
    for (let seq = 0; seq * part < speech.pcm.length; seq += 1) await clinic.doctor.scribe.appendAudio({ recordingId, seq, pcmBase64: speech.pcm.subarray(seq * part, (seq + 1) * part).toString('base64') });
    await clinic.doctor.scribe.stop({ recordingId });
    const outcome = await clinic.doctor.scribe.transcribe({ recordingId });
    if (outcome.kind !== 'transcribed') throw new Error(`transcription failed: ${outcome.failure}`);
    const lines = outcome.recording.transcript ?? [];
    expect(lines.map((line) => line.text)).toEqual(SPOKEN.map((sentence) => sentence.toLowerCase().replace(/[.]/g, '')));

    // The model stand-in copies two lines it was sent; the name comes back from its token.
    clinic.server.reply(
      {
        kind: 'answer',
        text: (messages) => {
          const said = promptLines(messages);
          return JSON.stringify({ sentences: [{ section: 'subjective', text: said.get(1), lines: [1] }, { section: 'plan', text: said.get(4), lines: [4] }] });
        },
      },
      { kind: 'garbage', body: '{' },
    );
    const model = await clinic.doctor.scribe.draftNote({ recordingId });
    expect(model.source).toBe('model');
    // Sent as a token, the name comes back as the record spells it.
    expect(clinic.server.received.find((request) => request.path === '/v1/chat/completions')?.body).toMatch(/L1: PATIENT_[A-Z0-9]{6} has had a fever/);
    expect(model.content.sentences[0].text).toBe('Lim Mei Ling has had a fever for three days and a cough');
    expectBorneOut(model.content, lines);

    const local = await clinic.doctor.scribe.draftNote({ recordingId });
    expect(local).toMatchObject({ source: 'local', fallbackReason: 'bad-answer' });
    expect(local.content.sentences.map((sentence) => [sentence.section, sentence.lines])).toEqual([
      ['subjective', [1]],
      ['objective', [2]],
      ['assessment', [3]],
      ['plan', [4]],
    ]);
    expectBorneOut(local.content, lines);
    expect(leaksIn(clinic.server.received.filter((request) => request.path === '/v1/chat/completions').map((request) => request.body).join('\n'))).toEqual([]);
  }, 120_000);
});
