import { v5 as uuidv5 } from 'uuid';
import type { FhirCodeableConcept, FhirReference } from '../../../shared/schemas/fhir';

/**
 * The namespace the export's derived ids are made in. Resources with no row of their own (one
 * Observation per measure of a recording, one Condition per diagnosis of a visit) get a UUID made
 * from their row's id and what they are, so exporting the same record twice gives the same ids.
 */
const CLINICDESK_FHIR_NAMESPACE = '6f1a4d2e-8c7b-4f3a-9d5e-2b1c0a9e8f7d';

export function derivedId(...parts: string[]): string {
  return uuidv5(parts.join(':'), CLINICDESK_FHIR_NAMESPACE);
}

export function fullUrlOf(id: string): string {
  return `urn:uuid:${id}`;
}

export function referenceTo(id: string, display?: string): FhirReference {
  return display ? { reference: fullUrlOf(id), display } : { reference: fullUrlOf(id) };
}

/** Someone the bundle names without exporting a resource for them (the doctor, the nurse). */
export function named(display: string | null | undefined): FhirReference | undefined {
  return display ? { display } : undefined;
}

export function textConcept(text: string): FhirCodeableConcept {
  return { text };
}

export const UCUM = 'http://unitsofmeasure.org';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

/** Drops the elements left undefined, so the JSON holds no empty keys (FHIR forbids empty elements). */
export function present<T extends object>(resource: T): T {
  return Object.fromEntries(Object.entries(resource).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '')) as T;
}
