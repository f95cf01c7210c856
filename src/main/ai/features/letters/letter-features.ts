import { z } from 'zod';
import type { DraftAsk, DraftFeature } from '../../../modules/ai/ai-drafts';
import { LETTER_LIMITS, localMcRemarks, localQuarantine, localReferral, type McRemarksDraft, type QuarantineDraft, type ReferralDraft } from './local-letters';
import { additionsTo, addsNothing, namesADiagnosis } from './record-check';
import { recordText, type LetterRequest } from './visit-facts';

const RULES = [
  'Use only facts in the record below. Never add a medicine, diagnosis, ICD-10 code, test, result, number or date that is not in it; leave out what it does not say.',
  'Keep every medicine, dose and value exactly as the record gives it.',
  'Answer with one JSON object only, no other text.',
].join(' ');

function askAbout(request: LetterRequest, task: string, shape: string, draft: object): DraftAsk | null {
  const record = recordText(request.facts);
  if (record === '') return null;
  return {
    patientIds: [request.patientId],
    system: `You are a clinic doctor's writing assistant in Malaysia. ${task} ${RULES} JSON shape: ${shape}`,
    user: `Record of the visit:\n${record}\n\nDraft written from it:\n${JSON.stringify(draft)}`,
    maxTokens: 1_200,
  };
}

/** The answer's text fields say nothing the record (or the local draft written from it) does not. */
function faithful(request: LetterRequest, local: object, answer: object): boolean {
  const text = Object.values(answer).filter((value): value is string => typeof value === 'string').join('\n');
  return addsNothing(additionsTo(text, request.facts, request.medicineNames, JSON.stringify(local)));
}

const text = (max: number) => z.string().trim().max(max);

const referralAnswer = z.object({
  reason: text(LETTER_LIMITS.reason).min(1),
  findings: text(LETTER_LIMITS.findings).min(1),
  currentMedications: text(LETTER_LIMITS.currentMedications),
});

/** A referral letter's reason, findings and current medications, from the visit's record. */
export const referralLetterFeature: DraftFeature<LetterRequest, ReferralDraft> = {
  name: 'letters.referral',
  task: 'letters',
  clinical: true,
  local: (request) => localReferral(request.facts),
  ask: (request, local) =>
    askAbout(
      request,
      'Improve the wording of a referral letter to a specialist: a clear reason for referral, the findings, and the current medications one a line.',
      '{"reason": string, "findings": string, "currentMedications": string}',
      local,
    ),
  read: (answer, request, local) => {
    const parsed = referralAnswer.safeParse(answer);
    if (!parsed.success || !faithful(request, local, parsed.data)) return null;
    // The medicines are the prescription's own lines: a model may not drop one either.
    return { ...parsed.data, currentMedications: local.currentMedications === '' ? '' : parsed.data.currentMedications || local.currentMedications };
  },
};

const quarantineAnswer = z.object({ condition: text(LETTER_LIMITS.condition).min(1), instructions: text(LETTER_LIMITS.instructions).min(1) });

/** A quarantine slip's condition and instructions; whether the condition is notifiable stays the local engine's (the list) and the doctor's. */
export const quarantineSlipFeature: DraftFeature<LetterRequest, QuarantineDraft> = {
  name: 'letters.quarantine',
  task: 'letters',
  clinical: true,
  local: (request) => localQuarantine(request.facts),
  ask: (request, local) =>
    askAbout(
      request,
      'Improve the wording of a quarantine (isolation) slip: the condition as the record names it, and short instructions for the patient, each line in Malay then English ("Malay / English").',
      '{"condition": string, "instructions": string}',
      { condition: local.condition, instructions: local.instructions },
    ),
  read: (answer, request, local) => {
    const parsed = quarantineAnswer.safeParse(answer);
    if (!parsed.success || !faithful(request, local, parsed.data)) return null;
    return { ...parsed.data, notifiable: local.notifiable };
  },
};

const remarksAnswer = z.object({ remarks: text(LETTER_LIMITS.remarks) });

/** An MC's remarks line: the plan's advice, never the diagnosis (it prints only with the patient's agreement, in its own field). */
export const mcRemarksFeature: DraftFeature<LetterRequest, McRemarksDraft> = {
  name: 'letters.mcRemarks',
  task: 'letters',
  clinical: true,
  local: (request) => localMcRemarks(request.facts),
  ask: (request, local) =>
    request.facts.note.plan.trim() === ''
      ? null
      : askAbout(
          request,
          'Write the remarks line of a medical certificate (MC) from the plan: advice such as rest, light duties or the review, in Malay then English ("Malay / English"). Never name the illness or diagnosis: an employer reads the MC.',
          '{"remarks": string}',
          local,
        ),
  read: (answer, request, local) => {
    const parsed = remarksAnswer.safeParse(answer);
    if (!parsed.success || !faithful(request, local, parsed.data) || namesADiagnosis(parsed.data.remarks, request.facts)) return null;
    return parsed.data;
  },
};
