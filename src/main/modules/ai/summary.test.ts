import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn, type ChatMessage } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import type { SummaryStatement } from '../../../shared/schemas/history-summary';
import { SITI } from '../../ai/privacy/sample-patients';
import { escapeRegExp } from '../../ai/privacy/tokens';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const HTN = { code: 'I10', primary: true };

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const amlodipine = (await admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.code === 'AML5');
  if (!amlodipine) throw new Error('no AML5');
  /** A visit seen and finished by the doctor: blood pressure taken, diagnoses coded, perhaps amlodipine for a month. */
  const pastVisit = async (patientId: string, options: { complaint: string; diagnoses: { code: string; primary: boolean }[]; bp?: [number, number]; amlodipine?: boolean }) => {
    const { visitId } = await reception.queue.checkIn({ patientId, roomId: room.id, chiefComplaint: options.complaint, priority: 'normal' });
    await doctor.queue.callNext({ roomId: room.id });
    if (options.bp) await doctor.vitals.record({ visitId, systolic: options.bp[0], diastolic: options.bp[1] });
    if (options.amlodipine) {
      await doctor.prescriptions.addLine({ visitId, line: { medicineId: amlodipine.id, doseValue: 1, doseUnit: 'tablet', frequency: 'OD', durationDays: 30, route: 'oral', timing: 'afterFood', dispensing: 'external' } });
    }
    const note = await doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: options.complaint, objective: '', assessment: 'reviewed', plan: 'continue' } });
    const coded = await doctor.consultation.saveDiagnoses({ visitId, version: note.version, diagnoses: options.diagnoses });
    await doctor.consultation.finish({ visitId, version: coded.version });
    return visitId;
  };
  const { mrn: _mrn, ...siti } = SITI;
  const patient = await admin.patients.register({ ...siti, nationality: null, allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }] });
  // Her husband's phone in a complaint: the redaction must catch what the record holds, wherever it is written.
  const first = await pastVisit(patient.id, { complaint: 'headache, husband Mohd Faizal 013-987 6543 brought her', diagnoses: [HTN], bp: [156, 96] });
  const second = await pastVisit(patient.id, { complaint: 'BP review', diagnoses: [HTN, { code: 'J06.9', primary: false }], bp: [142, 88], amlodipine: true });
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings>) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, doctor, room, patient, visits: { first, second }, pastVisit, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

/** The reference the prompt gave a fact whose line starts so: the model cites these. */
function refOf(messages: ChatMessage[], line: string): string {
  const found = new RegExp(`^(F\\d+) ${escapeRegExp(line)}`, 'm').exec(messages[1]?.content ?? '');
  return found?.[1] ?? 'F0';
}

const cited = (statement: SummaryStatement | undefined) => statement?.sources.map((source) => `${source.kind}:${source.id}`).sort();

describe('the medical history summary draft', () => {
  it('is the local engine’s with AI off: hypertension citing both visits, the allergy, amlodipine, the blood pressures; nothing sent, the chart read audited', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const draft = await clinic.doctor.ai.summary.draft({ patientId: clinic.patient.id });
    expect(draft).toMatchObject({ status: 'suggested', source: 'local', fallbackReason: 'disabled', interactionId: null, disclaimer: CLINICAL_DISCLAIMER });
    const [hypertension] = draft.content.statements;
    expect(hypertension).toMatchObject({ section: 'chronic', text: expect.stringMatching(/^Essential \(primary\) hypertension \(I10\): 2 visits/) });
    expect(cited(hypertension)).toEqual([`visit:${clinic.visits.first}`, `visit:${clinic.visits.second}`].sort());
    expect(draft.content.statements.map((s) => s.section)).toEqual(['chronic', 'recent', 'allergies', 'medications', 'vitals']);
    expect(draft.content.statements[2]).toMatchObject({ text: 'Penicillin: rash, severe', sources: [{ kind: 'allergy', id: 'Penicillin' }] });
    expect(draft.content.statements[3]).toMatchObject({ text: expect.stringMatching(/^Amlodipine/), sources: [{ kind: 'prescription', visitId: clinic.visits.second }] });
    expect(draft.content.statements[4].text).toMatch(/latest 142\/88; 2 of 2 at or above 140\/90$/);
    expect(clinic.server.received).toEqual([]);
    const reads = await clinic.admin.audit.list({ action: 'patient.chart.read', entityId: clinic.patient.id });
    expect(reads.length).toBeGreaterThan(0);
    expect(await refusalOf(clinic.reception.ai.summary.draft({ patientId: clinic.patient.id }))).toBe('FORBIDDEN');
  });

  it('is the model’s when it cites the facts it was given, re-identified on this PC, and no identifier of the patient was sent', async () => {
    await clinic.configure({});
    clinic.server.reply({
      kind: 'answer',
      text: (messages) =>
        JSON.stringify({
          statements: [
            // The model names the husband's phone by the token it was sent; this PC puts the number back.
            { section: 'chronic', text: `Hypertension, seen twice; husband on ${/\[PHONE_\d+\]/.exec(messages[1]?.content ?? '')?.[0] ?? 'nothing'}.`, sources: [refOf(messages, 'visit'), 'F3'] },
            { section: 'allergies', text: 'Penicillin (rash, severe).', sources: [refOf(messages, 'allergy')] },
          ],
        }),
    });
    const draft = await clinic.doctor.ai.summary.draft({ patientId: clinic.patient.id });
    expect(draft).toMatchObject({ source: 'model', fallbackReason: null, content: { statements: [{ section: 'chronic', text: 'Hypertension, seen twice; husband on +60 13 987 6543.' }, { section: 'allergies' }] } });
    expect(cited(draft.content.statements[0])).toEqual([`visit:${clinic.visits.first}`, `visit:${clinic.visits.second}`].sort());
    const sent = clinic.server.bodies().join('\n');
    expect(sent).toContain('I10 Essential (primary) hypertension');
    expect(leaksIn(sent)).toEqual([]);
    for (const value of [clinic.patient.mrn, SITI.identityNo, SITI.fullName, '013-987 6543', 'Mohd Faizal']) expect(sent).not.toContain(value);
  });

  it('falls back to the local summary, with the reason, on a 429, a timeout and garbage', async () => {
    await clinic.configure({ timeoutSeconds: 1 });
    clinic.server.reply({ kind: 'status', status: 429 }, { kind: 'hang' }, { kind: 'garbage', body: 'not json {' });
    const reasons = [];
    for (let i = 0; i < 3; i += 1) {
      const draft = await clinic.doctor.ai.summary.draft({ patientId: clinic.patient.id });
      expect(draft.source).toBe('local');
      expect(draft.content.statements[0].text).toMatch(/hypertension/);
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['rate-limited', 'timeout', 'bad-answer']);
  });

  it('refuses a model statement that cites nothing, or a fact it was not given, or drops the allergy: the local summary, as a bad answer', async () => {
    await clinic.configure({});
    const allergy = { section: 'allergies', text: 'Penicillin.', sources: ['F1'] };
    clinic.server.reply(
      { kind: 'answer', text: JSON.stringify({ statements: [{ section: 'chronic', text: 'Diabetes mellitus.', sources: [] }, allergy] }) },
      { kind: 'answer', text: JSON.stringify({ statements: [{ section: 'chronic', text: 'Diabetes mellitus.', sources: ['F99'] }, allergy] }) },
      { kind: 'answer', text: (messages) => JSON.stringify({ statements: [{ section: 'chronic', text: 'Hypertension.', sources: [refOf(messages, 'visit')] }] }) },
    );
    for (let i = 0; i < 3; i += 1) {
      const draft = await clinic.doctor.ai.summary.draft({ patientId: clinic.patient.id });
      expect(draft).toMatchObject({ source: 'local', fallbackReason: 'bad-answer' });
      expect(draft.content.statements.map((s) => s.text).join(' ')).not.toContain('Diabetes');
    }
  });
});

describe('the accepted summary on the chart', () => {
  it('is saved view-only with who accepted it; a newer one supersedes it and the old stays readable; a later visit marks it out of date', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const patientId = clinic.patient.id;
    expect(await clinic.doctor.chart.historySummary({ patientId })).toEqual({ current: null, outOfDate: false, earlier: [] });
    const draft = await clinic.doctor.ai.summary.draft({ patientId });
    expect(await refusalOf(clinic.reception.chart.saveHistorySummary({ patientId, statements: draft.content.statements, fromModel: false, edited: false }))).toBe('FORBIDDEN');
    const first = await clinic.doctor.chart.saveHistorySummary({ patientId, statements: draft.content.statements, fromModel: false, edited: false });
    expect(first).toMatchObject({ acceptedByName: 'dr.lim', fromModel: false, edited: false, supersededAt: null });
    expect(await clinic.doctor.chart.historySummary({ patientId })).toMatchObject({ current: { id: first.id, statements: draft.content.statements }, outOfDate: false, earlier: [] });

    const [hypertension] = draft.content.statements;
    const edited = [{ ...hypertension, text: 'Hypertension, on amlodipine.' }];
    const second = await clinic.doctor.chart.saveHistorySummary({ patientId, statements: edited, fromModel: false, edited: true });
    const view = await clinic.doctor.chart.historySummary({ patientId });
    expect(view.current).toMatchObject({ id: second.id, edited: true, statements: [{ text: 'Hypertension, on amlodipine.', sources: hypertension.sources }] });
    expect(view.earlier).toMatchObject([{ id: first.id, statements: draft.content.statements, supersededAt: expect.any(String) }]);
    expect(await clinic.admin.audit.list({ action: 'chart.summary.save', entityId: second.id })).toHaveLength(1);
    expect(await clinic.admin.audit.list({ action: 'chart.summary.supersede', entityId: first.id })).toHaveLength(1);
    const trail = await clinic.admin.audit.list({ patientId });
    expect(trail.map((entry) => entry.action)).toEqual(expect.arrayContaining(['chart.summary.save', 'chart.summary.supersede']));

    await clinic.pastVisit(patientId, { complaint: 'cough', diagnoses: [{ code: 'J06.9', primary: true }] });
    expect((await clinic.doctor.chart.historySummary({ patientId })).outOfDate).toBe(true);
  });

  it('refuses a statement citing another patient’s visit, or none at all, saving nothing', async () => {
    const patientId = clinic.patient.id;
    const other = await clinic.admin.patients.register({ fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '700101-10-5111', allergies: [] });
    const hisVisit = await clinic.pastVisit(other.id, { complaint: 'fever', diagnoses: [{ code: 'J06.9', primary: true }] });
    const before = await clinic.doctor.chart.historySummary({ patientId });
    const foreign = { section: 'chronic' as const, text: 'Hypertension.', sources: [{ kind: 'visit' as const, id: hisVisit, date: '2026-12-05', visitId: hisVisit }] };
    expect(await refusalOf(clinic.doctor.chart.saveHistorySummary({ patientId, statements: [foreign], fromModel: false, edited: true }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveHistorySummary({ patientId, statements: [{ ...foreign, sources: [] }], fromModel: false, edited: true }))).toBe('VALIDATION_FAILED');
    expect(await clinic.doctor.chart.historySummary({ patientId })).toEqual(before);
  });
});
