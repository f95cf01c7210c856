import type { Problem } from '../../../shared/schemas/chart';
import type { EncounterDiagnosis } from '../../../shared/schemas/consultation';
import type { FhirCodeableConcept, FhirResource } from '../../../shared/schemas/fhir';
import { ICD10CM, derivedId, present, referenceTo } from './fhir-references';

const CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
const CLINICAL_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VERIFICATION_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

const category = (code: 'encounter-diagnosis' | 'problem-list-item', display: string): FhirCodeableConcept[] => [{ coding: [{ system: CATEGORY, code, display }] }];
const status = (system: string, code: string): FhirCodeableConcept => ({ coding: [{ system, code }] });

function icd10(code: string | null, text: string): FhirCodeableConcept {
  return code ? { coding: [{ system: ICD10CM, code, display: text }], text } : { text };
}

/** A diagnosis the doctor picked from the ICD-10-CM list for a visit; the primary one ranked first. */
export function diagnosisCondition(diagnosis: EncounterDiagnosis, visitId: string, patientId: string, recordedOn: string): FhirResource {
  return {
    resourceType: 'Condition',
    id: derivedId('diagnosis', visitId, diagnosis.code),
    verificationStatus: status(VERIFICATION_STATUS, 'confirmed'),
    category: category('encounter-diagnosis', 'Encounter Diagnosis'),
    code: icd10(diagnosis.code, diagnosis.description),
    subject: referenceTo(patientId),
    encounter: referenceTo(visitId),
    recordedDate: recordedOn,
    note: [{ text: diagnosis.primary ? 'Primary diagnosis' : 'Secondary diagnosis' }],
  };
}

/**
 * A problem on the chart's problem list. FHIR wants no clinical status on an entry made in error
 * (con-5), and a resolved problem's abatement date.
 */
export function problemCondition(problem: Problem, patientId: string): FhirResource {
  const inError = problem.status === 'entered_in_error';
  return present({
    resourceType: 'Condition',
    id: problem.id,
    clinicalStatus: inError ? undefined : status(CLINICAL_STATUS, problem.status === 'active' ? 'active' : 'resolved'),
    verificationStatus: status(VERIFICATION_STATUS, inError ? 'entered-in-error' : 'confirmed'),
    category: category('problem-list-item', 'Problem List Item'),
    code: icd10(problem.icdCode, problem.condition),
    subject: referenceTo(patientId),
    onsetDateTime: problem.onset ?? undefined,
    abatementDateTime: problem.status === 'resolved' ? (problem.closedOn ?? undefined) : undefined,
    recordedDate: problem.createdAt,
    recorder: problem.createdByName ? { display: problem.createdByName } : undefined,
    note: [problem.chronic ? 'Chronic.' : '', problem.notes, problem.closedReason].filter((text) => text.trim() !== '').map((text) => ({ text })),
  });
}

/** A chronic condition named on the registration form but not (yet) on the chart's problem list. */
export function registeredConditionCondition(condition: string, patientId: string): FhirResource {
  return {
    resourceType: 'Condition',
    id: derivedId('registered-condition', patientId, condition),
    clinicalStatus: status(CLINICAL_STATUS, 'active'),
    category: category('problem-list-item', 'Problem List Item'),
    code: { text: condition },
    subject: referenceTo(patientId),
  };
}
