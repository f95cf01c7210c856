import type { ArchivedDocument } from '../../../shared/schemas/documents';
import type { FhirResource } from '../../../shared/schemas/fhir';
import { present, referenceTo } from './fhir-references';

/** The serial printed on every document the clinic issues (MC-2026-00412): unique across the archive. */
export const DOCUMENT_SERIAL_SYSTEM = 'urn:clinicdesk:document-serial';

/**
 * A document the clinic issued (MC, time slip, referral letter, prescription), as an index entry:
 * kind, serial and date, no PDF. A cancelled one stays on record: entered in error, with why.
 */
export function documentReference(document: ArchivedDocument, patientId: string, visitIds: ReadonlySet<string>): FhirResource {
  return present({
    resourceType: 'DocumentReference',
    id: document.id,
    masterIdentifier: { system: DOCUMENT_SERIAL_SYSTEM, value: document.serial },
    status: document.cancelledAt ? 'entered-in-error' : 'current',
    type: { coding: [{ system: 'urn:clinicdesk:document-kind', code: document.kind }], text: document.title },
    subject: referenceTo(patientId),
    date: document.issuedAt,
    description: document.cancelReason ? `${document.title} (cancelled: ${document.cancelReason})` : document.title,
    content: [{ attachment: { contentType: 'application/pdf', title: `${document.serial}.pdf`, creation: document.issuedAt } }],
    context: document.visitId && visitIds.has(document.visitId) ? { encounter: [referenceTo(document.visitId)] } : undefined,
  });
}
