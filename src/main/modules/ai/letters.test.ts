import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { PATIENT_READ_ACTIONS } from '../../../shared/schemas/audit';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { SITI } from '../../ai/privacy/sample-patients';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const roomId = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  const { mrn: _mrn, ...fields } = SITI;
  const patient = await admin.patients.register({ ...fields, nationality: null, allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }] });
  const { visitId } = await reception.queue.checkIn({ patientId: patient.id, roomId, chiefComplaint: 'Sakit dada 2 minggu', priority: 'normal' });
  // The doctor's note names the patient and her husband's phone, as notes do: none of it may leave.
  await doctor.consultation.saveNote({
    visitId,
    version: 0,
    note: {
      subjective: `Siti Nurhaliza, chest tightness on exertion 2 weeks. Husband Mohd Faizal (013-987 6543) says she is a smoker. IC ${SITI.identityNo}.`,
      objective: 'ECG: ST depression V4-V6.',
      assessment: 'Likely stable angina.',
      plan: 'Refer cardiology. Rest. Review in 3 days.',
    },
  });
  await doctor.consultation.saveDiagnoses({ visitId, version: 1, diagnoses: [{ code: 'I20.9', primary: true }] });
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings> = {}) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, timeoutSeconds: 1, ...changes });
  return { testHub, admin, reception, doctor, patient, visitId, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

const answer = (content: object) => ({ kind: 'answer' as const, text: JSON.stringify(content) });

describe('ai.letters', () => {
  it('drafts with AI off from the record alone, sends nothing, and audits the read of the chart', async () => {
    const draft = await clinic.doctor.ai.letters.draftReferral({ visitId: clinic.visitId });
    expect(draft).toMatchObject({ status: 'suggested', source: 'local', fallbackReason: 'disabled', interactionId: null, disclaimer: expect.stringContaining('clinician support') as string });
    expect(draft.content.reason).toContain('Angina pectoris');
    expect(draft.content.reason).toContain('(I20.9)');
    expect(draft.content.findings).toContain('ST depression');
    const quarantine = await clinic.doctor.ai.letters.draftQuarantine({ visitId: clinic.visitId });
    expect(quarantine.content).toMatchObject({ notifiable: false, condition: expect.stringContaining('I20.9') as string });
    expect((await clinic.doctor.ai.letters.draftMcRemarks({ visitId: clinic.visitId })).content.remarks).toBe('Dinasihatkan berehat / Advised to rest. Pemeriksaan susulan dalam 3 hari / Review in 3 days');
    expect(clinic.server.received).toEqual([]);
    expect((await clinic.admin.audit.list({ action: PATIENT_READ_ACTIONS.chart, entityId: clinic.patient.id })).length).toBeGreaterThanOrEqual(1);
  });

  it('takes a model’s better wording, put back together on this PC, and sends no identifier of the patient', async () => {
    await clinic.configure();
    clinic.server.reply(answer({ reason: 'Exertional chest pain for 2 weeks, likely stable angina (I20.9). Kindly assess.', findings: 'ECG: ST depression V4-V6.', currentMedications: '' }));
    const draft = await clinic.doctor.ai.letters.draftReferral({ visitId: clinic.visitId });
    expect(draft).toMatchObject({ source: 'model', fallbackReason: null, content: { reason: 'Exertional chest pain for 2 weeks, likely stable angina (I20.9). Kindly assess.' } });
    expect(clinic.server.received).toHaveLength(1);
    const sent = clinic.server.bodies().join('\n');
    expect(sent).toContain('ST depression');
    expect(leaksIn(sent)).toEqual([]);
    for (const value of [SITI.fullName, SITI.identityNo, '013-987 6543', 'Mohd Faizal']) expect(sent).not.toContain(value);
  });

  it('refuses an answer that adds a drug or a diagnosis the record does not have, and falls back on 429 and garbage', async () => {
    await clinic.configure();
    clinic.server.reply(
      answer({ reason: 'Stable angina (I20.9).', findings: 'ECG: ST depression V4-V6.', currentMedications: 'Amoxicillin 500 mg TDS' }),
      answer({ reason: 'Stable angina (I20.9) with diabetes.', findings: 'ECG: ST depression V4-V6.', currentMedications: '' }),
      { kind: 'status', status: 429 },
      { kind: 'garbage', body: 'not json {' },
    );
    const reasons = [];
    for (let i = 0; i < 4; i += 1) {
      const draft = await clinic.doctor.ai.letters.draftReferral({ visitId: clinic.visitId });
      expect(draft.source).toBe('local');
      expect(draft.content.currentMedications).not.toMatch(/amoxicillin/i);
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['bad-answer', 'bad-answer', 'rate-limited', 'bad-answer']);
  });

  it('refuses MC remarks from the model that name the illness, and reception altogether', async () => {
    await clinic.configure();
    clinic.server.reply(answer({ remarks: 'Rest for angina / Rehat' }));
    expect(await clinic.doctor.ai.letters.draftMcRemarks({ visitId: clinic.visitId })).toMatchObject({ source: 'local', fallbackReason: 'bad-answer' });
    expect(await refusalOf(clinic.reception.ai.letters.draftReferral({ visitId: clinic.visitId }))).toBe('FORBIDDEN');
  });
});
