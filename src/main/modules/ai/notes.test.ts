import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { leaksIn } from '../../../../tests/support/ai-leaks';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { SITI } from '../../ai/privacy/sample-patients';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const { mrn: _mrn, ...fields } = SITI;
  const siti = await admin.patients.register({ ...fields, nationality: null, allergies: [] });
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const visit = await reception.queue.checkIn({ patientId: siti.id, roomId: room.id, chiefComplaint: 'demam', priority: 'normal' });
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings>) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, doctor, siti, visitId: visit.visitId, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

const MONTH = new Date().toISOString().slice(0, 7);

const SHORTHAND = 'Puan Siti Nurhaliza, IC 850312-14-5678, tel 012-3456789. c/o fever 3/7, cough 2/52. T 38.5 BP 130/80. Throat injected. Imp: URTI. PCM 1g tds, TCA prn';

/** The stand-in answering as a model would, with the patient's token it was sent. */
const modelNote = (icd10: unknown[]) => (messages: { content: string }[]) => {
  const token = /PATIENT_[A-Z0-9]{6}/.exec(messages[1]?.content ?? '')?.[0] ?? 'nobody';
  return JSON.stringify({
    subjective: `${token}. c/o fever 3/7, cough 2/52`,
    objective: 'T 38.5 BP 130/80. Throat injected',
    assessment: 'URTI',
    plan: 'PCM 1g tds, TCA prn',
    icd10,
  });
};

describe('ai.notes.structure', () => {
  it('with AI off, is the local split with its hints, nothing sent', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const draft = await clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: 'c/o fever 3/7. T 38.5. Imp: URTI. PCM 1g tds' });
    expect(draft).toEqual({
      status: 'suggested',
      source: 'local',
      content: {
        note: { subjective: 'c/o fever 3/7', objective: 'T 38.5', assessment: 'URTI', plan: 'PCM 1g tds' },
        hints: [{ code: 'J06.9', description: 'Acute upper respiratory infection, unspecified', matched: ['URTI'] }],
      },
      fallbackReason: 'disabled',
      interactionId: null,
      disclaimer: CLINICAL_DISCLAIMER,
    });
    expect(clinic.server.received).toEqual([]);
  });

  it('is the model’s note, re-identified here, with no identifier of the patient sent', async () => {
    await clinic.configure({});
    clinic.server.reply({ kind: 'answer', text: modelNote([{ code: 'J06.9', words: ['URTI'] }, { code: 'J06.99', words: ['URTI'] }]) });
    const draft = await clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: SHORTHAND });
    expect(draft.source).toBe('model');
    expect(draft.content.note.subjective).toContain(clinic.siti.fullName);
    // J06.99 is not in the bundled list: dropped.
    expect(draft.content.hints.map((hint) => hint.code)).toEqual(['J06.9']);
    expect(clinic.server.received).toHaveLength(1);
    const sent = clinic.server.bodies().join('\n');
    expect(leaksIn(sent)).toEqual([]);
    expect(sent).not.toContain(clinic.siti.identityNo);
    expect(sent).toContain('c/o fever 3/7, cough 2/52');
  });

  it('takes a model’s note that keeps the patient’s phone: re-identified as the record writes it, it is no number made up', async () => {
    await clinic.configure({});
    clinic.server.reply({
      kind: 'answer',
      text: (messages) => {
        const phone = /\[PHONE_\d+\]/.exec(messages[1]?.content ?? '')?.[0] ?? '012-0000000';
        return JSON.stringify({ subjective: 'c/o fever 3/7, cough 2/52', objective: 'T 38.5 BP 130/80. Throat injected', assessment: 'URTI', plan: `PCM 1g tds, TCA prn. Call ${phone} with the result`, icd10: [] });
      },
    });
    const draft = await clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: SHORTHAND });
    expect(draft.fallbackReason).toBeNull();
    expect(draft.source).toBe('model');
    expect(draft.content.note.plan).toBe(`PCM 1g tds, TCA prn. Call ${clinic.siti.phones[0]} with the result`);
    expect(leaksIn(clinic.server.bodies().join('\n'))).toEqual([]);
  });

  it('falls back to the local split on a 429, an outage, a timeout, garbage, a code that is no code and a note that drops the doctor’s words', async () => {
    await clinic.configure({ timeoutSeconds: 1 });
    clinic.server.reply(
      { kind: 'status', status: 429 },
      { kind: 'status', status: 500 },
      { kind: 'hang' },
      { kind: 'garbage', body: 'not json {' },
      { kind: 'answer', text: modelNote([{ code: 'fever', words: [] }]) },
      { kind: 'answer', text: JSON.stringify({ subjective: 'Fever.', objective: '', assessment: 'URTI', plan: '', icd10: [] }) },
    );
    const reasons = [];
    for (let i = 0; i < 6; i += 1) {
      const draft = await clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: SHORTHAND });
      expect(draft.source).toBe('local');
      expect(draft.content.note.assessment).toBe('URTI');
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['rate-limited', 'unavailable', 'timeout', 'bad-answer', 'bad-answer', 'bad-answer']);
    expect(leaksIn(clinic.server.bodies().join('\n'))).toEqual([]);
    const log = await clinic.admin.ai.interactions({ month: MONTH });
    expect(log.filter((row) => row.feature === 'notes' && row.outcome === 'failed').length).toBeGreaterThanOrEqual(6);
  });

  it('is for those who may write the note, and refuses an empty or huge text', async () => {
    expect(await refusalOf(clinic.reception.ai.notes.structure({ visitId: clinic.visitId, text: 'fever' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: '  \n ' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.ai.notes.structure({ visitId: clinic.visitId, text: 'x'.repeat(10_001) }))).toBe('VALIDATION_FAILED');
  });
});
