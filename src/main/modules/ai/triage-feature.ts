import type { TriageAssessment, TriageInput } from '../../../shared/schemas/ai-triage';
import { triageInputSchema } from '../../../shared/schemas/ai-triage';
import { ageInMonths } from '../../../shared/age';
import { assessComplaint, type TriageFacts } from '../../ai/features/triage/triage-engine';
import { readTriageAnswer, triagePrompt } from '../../ai/features/triage/triage-prompt';
import { auditPatientRead } from '../../audit/patient-reads';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { DraftFeature } from './ai-drafts';

/** One triage: what the rules need, whom it is about (for redaction), and whether the receptionist asked the model. */
export interface TriageRequest {
  facts: TriageFacts;
  patientId: string | null;
  askModel: boolean;
}

/**
 * Triage at check-in and booking: the local rules always answer (as the receptionist types); the
 * model is asked only when the receptionist asks, and may only raise the urgency.
 */
export const triageFeature: DraftFeature<TriageRequest, TriageAssessment> = {
  name: 'triage',
  task: 'triage',
  clinical: true,
  local: (request) => assessComplaint(request.facts),
  ask: (request, local) => {
    if (!request.askModel || request.facts.complaint.trim() === '') return null;
    return { patientIds: request.patientId ? [request.patientId] : [], ...triagePrompt(request.facts, local), maxTokens: 400 };
  },
  read: (answer, request, local) => readTriageAnswer(answer, request.facts, local),
};

/** The patient's age and sex for the rules, read from the record (an audited read of it). */
export class TriageFactsReader {
  constructor(private readonly patients: PatientDirectory) {}

  async request(uow: UnitOfWork, raw: TriageInput): Promise<TriageRequest> {
    const input = triageInputSchema.parse(raw);
    let ageMonths = input.ageMonths ?? null;
    let sex = input.sex ?? null;
    if (input.patientId) {
      const facts = await this.patients.clinicalFacts(uow, input.patientId);
      await auditPatientRead(uow, 'record', input.patientId);
      ageMonths = facts.dateOfBirth ? ageInMonths(facts.dateOfBirth, uow.clock.today()) : ageMonths;
      sex = facts.sex ?? sex;
    }
    return { facts: { complaint: input.complaint, ageMonths, sex, pregnant: input.pregnant ?? null }, patientId: input.patientId ?? null, askModel: input.askModel };
  }
}
