import type { FhirResource } from '../../../shared/schemas/fhir';
import type { Allergy, NoKnownAllergiesStatement } from '../../../shared/schemas/patients';
import { SNOMED, derivedId, present, referenceTo } from './fhir-references';

const CLINICAL = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] };
const CONFIRMED = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] };

/** An allergy on the patient record; a severe reaction makes it high criticality (a re-exposure may be dangerous). */
export function allergyResource(allergy: Allergy, index: number, patientId: string): FhirResource {
  return present({
    resourceType: 'AllergyIntolerance',
    id: derivedId('allergy', patientId, String(index), allergy.allergen),
    clinicalStatus: CLINICAL,
    verificationStatus: CONFIRMED,
    criticality: allergy.severity === 'severe' ? 'high' : 'low',
    code: { text: allergy.allergen },
    patient: referenceTo(patientId),
    reaction: allergy.reaction.trim() ? [{ manifestation: [{ text: allergy.reaction.trim() }], severity: allergy.severity }] : undefined,
  });
}

/** "No known allergies", as someone recorded it: the SNOMED CT statement, with who and when. */
export function noKnownAllergiesResource(statement: NoKnownAllergiesStatement, patientId: string): FhirResource {
  return present({
    resourceType: 'AllergyIntolerance',
    id: derivedId('no-known-allergies', patientId),
    clinicalStatus: CLINICAL,
    verificationStatus: CONFIRMED,
    code: { coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }], text: 'No known allergies' },
    patient: referenceTo(patientId),
    recordedDate: statement.recordedAt,
    recorder: statement.recordedByName ? { display: statement.recordedByName } : undefined,
  });
}
