import type { FhirIdentifier, FhirResource } from '../../../shared/schemas/fhir';
import type { IdentityType } from '../../../shared/identity/identity';
import type { Patient } from '../../../shared/schemas/patients';
import { present } from './fhir-references';

const V2_IDENTIFIER_TYPE = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/**
 * Identifier systems. No HL7 or Malaysian body publishes a NamingSystem URI for MyKad numbers or
 * for passports without their issuing country, so ClinicDesk names its own under `urn:clinicdesk:`
 * and says what each is with the HL7 v2 identifier type (NI national identifier, PPN passport,
 * MR medical record number), which any receiving system understands.
 */
export const IDENTIFIER_SYSTEMS = {
  mrn: 'urn:clinicdesk:mrn',
  mykad: 'urn:clinicdesk:id:my-mykad',
  passport: 'urn:clinicdesk:id:passport',
  aadhaar: 'urn:clinicdesk:id:in-aadhaar',
  other: 'urn:clinicdesk:id:other',
} as const;

const IDENTITY_TYPE_CODES: Record<IdentityType, { code: string; display: string }> = {
  mykad: { code: 'NI', display: 'National unique individual identifier' },
  passport: { code: 'PPN', display: 'Passport number' },
  aadhaar: { code: 'NI', display: 'National unique individual identifier' },
  other: { code: 'PI', display: 'Patient internal identifier' },
};

function identifiersOf(patient: Patient): FhirIdentifier[] {
  const mrn: FhirIdentifier = {
    use: 'usual',
    type: { coding: [{ system: V2_IDENTIFIER_TYPE, code: 'MR', display: 'Medical record number' }] },
    system: IDENTIFIER_SYSTEMS.mrn,
    value: patient.mrn,
  };
  if (!patient.identityNo) return [mrn];
  const kind = IDENTITY_TYPE_CODES[patient.identityType];
  return [mrn, { use: 'official', type: { coding: [{ system: V2_IDENTIFIER_TYPE, ...kind }] }, system: IDENTIFIER_SYSTEMS[patient.identityType], value: patient.identityNo }];
}

/**
 * The Patient resource from the registration record. The name goes as text only: Malaysian names
 * (bin/binti, Chinese family-name-first, single names) do not split into given and family reliably.
 */
export function patientResource(id: string, patient: Patient): FhirResource {
  const telecom = [...patient.phones.map((value) => ({ system: 'phone', value })), ...(patient.email ? [{ system: 'email', value: patient.email }] : [])];
  const hasAddress = patient.address.trim() !== '' || patient.postcode.trim() !== '';
  const contact = patient.emergencyContact;
  return present({
    resourceType: 'Patient',
    id,
    identifier: identifiersOf(patient),
    active: patient.mergedIntoId === null,
    name: [{ use: 'official', text: patient.fullName }],
    telecom,
    gender: patient.sex ?? 'unknown',
    birthDate: patient.dateOfBirth ?? undefined,
    address: hasAddress ? [present({ use: 'home', text: patient.address.trim() || undefined, postalCode: patient.postcode.trim() || undefined, country: 'MY' })] : undefined,
    contact: contact
      ? [present({ relationship: contact.relationship ? [{ text: contact.relationship }] : undefined, name: { text: contact.name }, telecom: [{ system: 'phone', value: contact.phone }] })]
      : undefined,
  });
}
