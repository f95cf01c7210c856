import type { FhirResource } from '../../../shared/schemas/fhir';
import type { VisitStatus } from '../../../shared/schemas/queue';
import { named, present, referenceTo, textConcept } from './fhir-references';

const ENCOUNTER_STATUS: Record<VisitStatus, string> = { open: 'in-progress', done: 'finished', no_show: 'cancelled' };

/** What the export knows of one visit: the queue's record and the doctor who saw the patient. */
export interface ExportedVisit {
  id: string;
  status: VisitStatus;
  /** When the patient checked in. */
  checkedInAt: string;
  chiefComplaint: string;
  doctorName: string | null;
}

/** One Encounter per visit: an ambulatory (walk-in clinic) encounter, its reason the complaint given at check-in. */
export function encounterResource(visit: ExportedVisit, patientId: string): FhirResource {
  return present({
    resourceType: 'Encounter',
    id: visit.id,
    status: ENCOUNTER_STATUS[visit.status],
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    subject: referenceTo(patientId),
    participant: visit.doctorName ? [{ individual: named(visit.doctorName) }] : undefined,
    period: { start: visit.checkedInAt },
    reasonCode: visit.chiefComplaint.trim() ? [textConcept(visit.chiefComplaint.trim())] : undefined,
  });
}
