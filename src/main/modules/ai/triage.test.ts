import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { SITI } from '../../ai/privacy/sample-patients';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const pharmacist = (await userWithRoles(testHub, admin, 'pharm.ong', ['pharmacist'])).caller;
  const { mrn: _mrn, ...fields } = SITI;
  const siti = await admin.patients.register({ ...fields, sex: 'female', nationality: null, allergies: [] });
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings> = {}) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, pharmacist, siti, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

describe('triage at check-in', () => {
  it('answers from the local rules with AI off, sending nothing', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const draft = await clinic.reception.ai.triage.assess({ complaint: 'sakit dada sejak pagi, berpeluh', patientId: clinic.siti.id, askModel: true });
    expect(draft).toMatchObject({ status: 'suggested', source: 'local', fallbackReason: 'disabled', interactionId: null, disclaimer: CLINICAL_DISCLAIMER });
    expect(draft.content).toMatchObject({ urgency: 'high', service: 'emergency', findings: [{ sign: 'chest-pain', level: 'red-flag', words: 'sakit dada', by: 'rules' }] });
    expect(clinic.server.received).toEqual([]);
  });

  it('asks no model while the receptionist types, only when asked', async () => {
    await clinic.configure();
    const draft = await clinic.reception.ai.triage.assess({ complaint: 'fever and cough 3 days', patientId: clinic.siti.id });
    expect(draft).toMatchObject({ source: 'local', fallbackReason: null, content: { urgency: 'medium', findings: [{ sign: 'fever' }] } });
    expect(clinic.server.received).toEqual([]);
  });

  it('lets the model raise the urgency, with a red flag it can quote, and sends no identifier', async () => {
    await clinic.configure();
    clinic.server.reply({ kind: 'answer', text: '{"urgency":"high","reason":"Headache with vomiting after a fall.","service":"emergency","durationMinutes":30,"redFlags":[{"sign":"head-injury","words":"jatuh tangga"},{"sign":"other","words":"not in the complaint"}]}' });
    const draft = await clinic.reception.ai.triage.assess({ complaint: `${SITI.fullName} jatuh tangga, pening, IC ${SITI.identityNo}`, patientId: clinic.siti.id, askModel: true });
    expect(draft).toMatchObject({ source: 'model', fallbackReason: null, content: { urgency: 'high', service: 'emergency', note: 'Headache with vomiting after a fall.' } });
    expect(draft.content.findings.filter((finding) => finding.by === 'model')).toEqual([{ sign: 'head-injury', level: 'red-flag', words: 'jatuh tangga', by: 'model' }]);
    expect(leaksIn(clinic.server.bodies().join('\n'))).toEqual([]);
    expect(clinic.server.bodies().join('\n')).toContain('jatuh tangga');
  });

  it('keeps a red flag the rules found high whatever the model says', async () => {
    await clinic.configure();
    clinic.server.reply({ kind: 'answer', text: '{"urgency":"low","reason":"Probably muscular.","service":"gp","durationMinutes":10,"redFlags":[]}' });
    const draft = await clinic.reception.ai.triage.assess({ complaint: 'sesak nafas dan sakit dada', askModel: true });
    expect(draft.source).toBe('model');
    expect(draft.content).toMatchObject({ urgency: 'high', service: 'emergency', note: 'Probably muscular.' });
    expect(draft.content.findings.map((finding) => finding.sign)).toEqual(['chest-pain', 'breathlessness']);
  });

  it('falls back to the rules on a 429, a timeout, garbage and an answer outside the schema', async () => {
    await clinic.configure({ timeoutSeconds: 1 });
    clinic.server.reply({ kind: 'status', status: 429 }, { kind: 'hang' }, { kind: 'garbage', body: 'nope {' }, { kind: 'answer', text: '{"urgency":"critical"}' });
    const reasons = [];
    for (let i = 0; i < 4; i += 1) {
      const draft = await clinic.reception.ai.triage.assess({ complaint: 'bayi demam', askModel: true });
      expect(draft.content).toMatchObject({ urgency: 'high', findings: [{ sign: 'infant-fever' }] });
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['rate-limited', 'timeout', 'bad-answer', 'bad-answer']);
  });

  it('reads the age from the record, refuses an empty complaint, and is for those who check patients in', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    expect((await clinic.reception.ai.triage.assess({ complaint: 'demam', ageMonths: 2 })).content.urgency).toBe('high');
    expect((await clinic.reception.ai.triage.assess({ complaint: 'demam', ageMonths: 2, patientId: clinic.siti.id })).content.urgency).toBe('medium');
    expect(await refusalOf(clinic.reception.ai.triage.assess({ complaint: '   ' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.ai.triage.assess({ complaint: 'x'.repeat(1001) }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.pharmacist.ai.triage.assess({ complaint: 'demam' }))).not.toBe('FORBIDDEN');
  });
});
