import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { OpenAiCompatibleProvider } from '../../ai/openai-provider';
import type { PatientIdentifiers } from '../../ai/privacy/own-identifiers';
import { PRIYA, SITI, TAN } from '../../ai/privacy/sample-patients';
import { StoreLocation } from '../../hub/store-location';
import { SettingsStore } from '../../settings/settings-store';
import { ScopedKeychain } from '../../store/scoped-keychain';
import { aiForcedOff, AiConnection } from './ai-connection';
import { z } from 'zod';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import type { DraftFeature } from './ai-drafts';
import type { AiAsk } from './ai-requests';
import { aiKey } from './key';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const NATIONALITY: Record<PatientIdentifiers['identityType'], string | null> = { mykad: null, aadhaar: 'IND', passport: 'SGP', other: null };

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = await userWithRoles(testHub, admin, 'dr.lim', ['doctor']);
  const nurse = (await userWithRoles(testHub, admin, 'nurse.ani', ['nurse'])).caller;
  const register = async (patient: PatientIdentifiers) => {
    const { mrn: _mrn, ...fields } = patient;
    return admin.patients.register({ ...fields, nationality: NATIONALITY[patient.identityType], allergies: [] });
  };
  const patients = { siti: await register(SITI), priya: await register(PRIYA), tan: await register(TAN) };
  const server = await OpenAiStandIn.start();
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  const doctorActor = { userId: doctor.user.id, name: 'dr.lim' };
  /** What a feature's staged procedure does: prepare and record in units of work of the doctor's, the call between them. */
  const ask = (input: AiAsk) => open.services.of(aiKey).requests.run((work) => open.work.run(doctorActor, work), input);
  const draft = <I, C>(feature: DraftFeature<I, C>, input: I) => open.services.of(aiKey).drafts.draft((work) => open.work.run(doctorActor, work), feature, input);
  const configure = (changes: Partial<AiSettings>) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, doctor: doctor.caller, nurse, patients, server, open, ask, draft, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

const MONTH = new Date().toISOString().slice(0, 7);

const NOTES = {
  siti: 'Puan Siti Nurhaliza bt. Abdullah, IC 850312 14 5678, Tel 012-3456789, siti.nurhaliza85@gmail.com, No. 12 Jalan Mesra 3, Taman Mesra Jaya, 53000 Kuala Lumpur. Husband Mohd Faizal b. Ismail 013-987 6543. Works at Syarikat Maju Jaya Sdn Bhd. DOB 12/03/1985. Fever 3/7, T 38.5.',
  priya: 'Priya a/p Subramaniam (Aadhaar 2341 2341 2346), +91 98765 43210, priya.s@example.in, Flat 4B, Shanti Nagar, Bengaluru 560001, Vistara Softworks. Father Raman s/o Krishnan +91 91234 56780. Born 04/07/1991. Wheeze, salbutamol prn.',
  tan: 'Tan Wei Ming 陈伟明 passport K1234567A, +65 9123 4567, 03-2141 5678, weiming.tan@example.sg, Blk 123 Ang Mo Kio Avenue 3, Singapore 560123, Lian Huat Trading. Wife Lim Mei Ling +65 8765 4321. DOB 23 Nov 1978. Cough 2/52.',
};

describe('the AI platform', () => {
  it('is off on a new clinic: nothing is sent, and the feature is told to use its local engine', async () => {
    expect(await clinic.doctor.ai.status()).toEqual({ enabled: false, forcedOff: false });
    const result = await clinic.ask({ feature: 'test', task: 'notes', patientIds: [clinic.patients.siti.id], system: 'Structure the note.', user: NOTES.siti });
    expect(result).toEqual({ kind: 'fell-back', failure: 'disabled', interactionId: null });
    expect(clinic.server.received).toEqual([]);
  });

  it('AI_ENABLED=false keeps it off whatever the settings say', async () => {
    expect(aiForcedOff({ AI_ENABLED: 'false' })).toBe(true);
    expect(aiForcedOff({ AI_ENABLED: 'true' })).toBe(false);
    expect(aiForcedOff({})).toBe(false);
    await clinic.configure({});
    const secrets = new ScopedKeychain(clinic.testHub.keychain, new StoreLocation(clinic.testHub.dataDir).keychainAccount);
    const forced = new AiConnection(new SettingsStore(), secrets, (options) => new OpenAiCompatibleProvider(options), true);
    expect(await clinic.open.work.run(null, (uow) => forced.status(uow))).toEqual({ enabled: false, forcedOff: true });
    await expect(clinic.open.work.run(null, (uow) => forced.open(uow))).rejects.toMatchObject({ kind: 'disabled' });
  });

  it('shows what would be sent for a patient’s text, to those who may read the chart', async () => {
    const preview = await clinic.doctor.ai.redact({ text: NOTES.siti, patientId: clinic.patients.siti.id });
    expect(leaksIn(preview.text)).toEqual([]);
    expect(preview.text).toContain('Fever 3/7, T 38.5.');
    expect(preview.counts).toMatchObject({ PATIENT: 1, MYKAD: 1, PHONE: 2, EMAIL: 1, DOB: 1, CONTACT: 1, EMPLOYER: 1 });
    expect(await refusalOf(clinic.reception.ai.redact({ text: NOTES.siti, patientId: clinic.patients.siti.id }))).toBe('FORBIDDEN');
  });

  it('keeps the API key in the OS keychain only, and tests the connection before AI is switched on', async () => {
    await clinic.admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, baseUrl: clinic.server.baseUrl });
    expect(await clinic.admin.ai.keyStored()).toBe(false);
    await clinic.admin.ai.setKey({ apiKey: 'sk-local-test-123' });
    expect(await clinic.admin.ai.keyStored()).toBe(true);
    expect(JSON.stringify(await clinic.admin.settings.all())).not.toContain('sk-local-test-123');
    const test = await clinic.admin.ai.testConnection();
    expect(test).toMatchObject({ ok: true, models: ['llama3.2:3b', 'qwen2.5:7b'], failure: null });
    expect(clinic.server.received[0].headers.authorization).toBe('Bearer sk-local-test-123');
    expect(await refusalOf(clinic.doctor.ai.setKey({ apiKey: 'sk-nope' }))).toBe('FORBIDDEN');
    await clinic.admin.ai.clearKey();
    expect(await clinic.admin.ai.keyStored()).toBe(false);
  });

  it('sends no identifier of the test patients to the model server, and puts them back into the answer on this PC', async () => {
    await clinic.configure({});
    for (const [key, note] of Object.entries(NOTES) as [keyof typeof NOTES, string][]) {
      const patient = clinic.patients[key];
      clinic.server.reset();
      // The stand-in answers as a model would: about the patient, by the token it was sent.
      clinic.server.reply({ kind: 'answer', text: (messages) => `Summary for ${/PATIENT_[A-Z0-9]{6}/.exec(messages[1]?.content ?? '')?.[0] ?? 'nobody'}: fever.` });
      const text = `${note} MRN ${patient.mrn}.`;
      const result = await clinic.ask({ feature: 'test', task: 'notes', patientIds: [patient.id], system: `You structure notes. The patient is ${patient.fullName}, MRN ${patient.mrn}, IC ${patient.identityNo}.`, user: text });
      expect(result).toMatchObject({ kind: 'answered', text: `Summary for ${patient.fullName}: fever.` });
      expect(clinic.server.received).toHaveLength(1);
      const sent = clinic.server.bodies().join('\n');
      const messages = clinic.server.received.map((request) => ((JSON.parse(request.body) as { messages: { content: string }[] }).messages ?? []).map((message) => message.content).join('\n'));
      expect(leaksIn(sent)).toEqual([]);
      expect(leaksIn(messages.join('\n'))).toEqual([]);
      for (const value of [patient.mrn, patient.identityNo, patient.fullName, ...patient.phones, patient.email ?? '']) expect(sent).not.toContain(value);
    }
  });

  it('logs the call with its usage and only the redacted prompt and answer', async () => {
    await clinic.configure({ prices: [{ model: 'llama3.2:3b', inputSenPerMillion: 50_000, outputSenPerMillion: 150_000 }] });
    clinic.server.reply({ kind: 'answer', text: (messages) => `Dear colleague, please see ${/PATIENT_[A-Z0-9]{6}/.exec(messages[1].content)?.[0]} (call [PHONE_1]).`, promptTokens: 1000, completionTokens: 200 });
    const result = await clinic.ask({ feature: 'letters', task: 'letters', patientIds: [clinic.patients.siti.id], system: 'Draft a referral letter.', user: 'Siti Nurhaliza, tel 012-345 6789, chest pain.' });
    const request = JSON.parse(clinic.server.received[0].body) as { messages: { content: string }[] };
    expect(request.messages[1].content).toMatch(/^PATIENT_[A-Z0-9]{6}, tel \[PHONE_1\], chest pain\.$/);
    expect(result).toMatchObject({ kind: 'answered', text: 'Dear colleague, please see Siti Nurhaliza binti Abdullah (call +60 12 345 6789).' });
    if (result.kind !== 'answered') return;
    const row = (await clinic.admin.ai.interactions({ month: MONTH })).find((entry) => entry.id === result.interactionId);
    // 1000 × 50 000 + 200 × 150 000 sen per million tokens = 80 sen = 80 000 millisen.
    expect(row).toMatchObject({ feature: 'letters', model: 'llama3.2:3b', promptTokens: 1000, completionTokens: 200, costMillisen: 80_000, outcome: 'suggested', failure: null, userName: 'dr.lim' });
    expect(leaksIn(`${row?.prompt} ${row?.answer}`)).toEqual([]);
    expect(row?.answer).toContain('(call [PHONE_1])');
    expect(await refusalOf(clinic.doctor.ai.interactions({ month: MONTH }))).toBe('FORBIDDEN');
  });

  it('falls back on a 429, an outage, a timeout and garbage, and logs each as failed', async () => {
    await clinic.configure({ timeoutSeconds: 1, maxRetries: 0 });
    const ask = () => clinic.ask({ feature: 'triage', task: 'triage', patientIds: [], system: 'Triage.', user: 'chest pain since morning' });
    clinic.server.reply({ kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'hang' }, { kind: 'garbage', body: 'not json {' });
    const failures = [];
    for (let i = 0; i < 4; i += 1) failures.push(await ask());
    expect(failures.map((result) => (result.kind === 'fell-back' ? result.failure : result.kind))).toEqual(['rate-limited', 'unavailable', 'timeout', 'bad-answer']);
    const log = await clinic.admin.ai.interactions({ month: MONTH });
    for (const result of failures) expect(log.find((row) => row.id === result.interactionId)).toMatchObject({ outcome: 'failed' });
    const usage = await clinic.admin.ai.usage({ month: MONTH });
    expect(usage.find((row) => row.model === 'llama3.2:3b')?.failures).toBeGreaterThanOrEqual(4);
  });

  it('takes the asking user’s verdict on a draft once', async () => {
    await clinic.configure({});
    const result = await clinic.ask({ feature: 'notes', task: 'notes', patientIds: [], system: 'S', user: 'U' });
    if (result.kind !== 'answered') throw new Error('expected an answer');
    expect(await refusalOf(clinic.nurse.ai.setOutcome({ interactionId: result.interactionId, outcome: 'accepted' }))).toBe('FORBIDDEN');
    expect(await clinic.doctor.ai.setOutcome({ interactionId: result.interactionId, outcome: 'edited' })).toEqual({ id: result.interactionId, outcome: 'edited' });
    expect(await refusalOf(clinic.doctor.ai.setOutcome({ interactionId: result.interactionId, outcome: 'rejected' }))).toBe('CONFLICT');
  });
});

/** A feature as small as one can be: the temperature in a note, and whom it is about. */
const temperatureAnswer = z.object({ celsius: z.number().min(30).max(45), about: z.string().min(1) });
type Temperature = z.infer<typeof temperatureAnswer>;
const temperatureFeature = (patientId: string, name: string): DraftFeature<string, Temperature | null> => ({
  name: 'test-temperature',
  task: 'notes',
  clinical: true,
  local: (note) => {
    const match = /T\s*(\d{2}(?:\.\d)?)/.exec(note);
    return match ? { celsius: Number(match[1]), about: name } : null;
  },
  ask: (note) => (note.trim() ? { patientIds: [patientId], system: 'Give {"celsius", "about"} as JSON.', user: note } : null),
  read: (answer) => temperatureAnswer.safeParse(answer).data ?? null,
});

describe('an AI feature’s draft', () => {
  it('is the local engine’s when AI is off, with nothing sent', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const result = await clinic.draft(temperatureFeature(clinic.patients.siti.id, 'Siti'), 'Fever, T 38.5');
    expect(result).toEqual({ status: 'suggested', source: 'local', content: { celsius: 38.5, about: 'Siti' }, fallbackReason: 'disabled', interactionId: null, disclaimer: CLINICAL_DISCLAIMER });
    expect(clinic.server.received).toEqual([]);
  });

  it('is the model’s answer read from a fenced JSON reply, with the patient put back on this PC', async () => {
    await clinic.configure({});
    const siti = clinic.patients.siti;
    clinic.server.reply({ kind: 'answer', text: (messages) => `Here it is:\n\`\`\`json\n{"celsius": 38.6, "about": "${/PATIENT_[A-Z0-9]{6}/.exec(messages[1].content)?.[0]}"}\n\`\`\`` });
    const result = await clinic.draft(temperatureFeature(siti.id, 'Siti'), `${siti.fullName}: fever, T 38.5`);
    expect(result).toMatchObject({ source: 'model', content: { celsius: 38.6, about: siti.fullName }, fallbackReason: null });
    expect(clinic.server.bodies().join('')).not.toContain(siti.fullName);
  });

  it('falls back to the local engine when the answer does not fit the schema, and logs it as a bad answer', async () => {
    await clinic.configure({});
    clinic.server.reply({ kind: 'answer', text: '{"celsius": "hot"}' }, { kind: 'answer', text: 'I cannot help with that.' });
    for (let i = 0; i < 2; i += 1) {
      const result = await clinic.draft(temperatureFeature(clinic.patients.siti.id, 'Siti'), 'T 39');
      expect(result).toMatchObject({ source: 'local', content: { celsius: 39 }, fallbackReason: 'bad-answer' });
      const row = (await clinic.admin.ai.interactions({ month: MONTH })).find((entry) => entry.id === result.interactionId);
      expect(row).toMatchObject({ outcome: 'failed', failure: 'bad-answer' });
    }
  });

  it('asks nothing when the feature has nothing to ask about', async () => {
    await clinic.configure({});
    const result = await clinic.draft(temperatureFeature(clinic.patients.siti.id, 'Siti'), '   ');
    expect(result).toMatchObject({ source: 'local', content: null, fallbackReason: null, interactionId: null });
    expect(clinic.server.received).toEqual([]);
  });
});
