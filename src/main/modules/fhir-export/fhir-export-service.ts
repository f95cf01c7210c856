import type { Chart } from '../../../shared/schemas/chart';
import type { TimelineVisit } from '../../../shared/schemas/consultation';
import type { ArchivedDocument } from '../../../shared/schemas/documents';
import type { FhirBundle, FhirResource } from '../../../shared/schemas/fhir';
import type { Patient } from '../../../shared/schemas/patients';
import type { VisitCursor } from '../../../shared/schemas/queue';
import type { VitalsCursor, VitalsRecording } from '../../../shared/schemas/vitals';
import { VITALS_TREND_MAX } from '../../../shared/schemas/vitals';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ChartService } from '../chart';
import type { ConsultationServices } from '../consultation';
import type { DocumentsServices } from '../documents';
import type { PatientDirectory, PatientsServices } from '../patients';
import type { PrescriptionsService } from '../prescriptions';
import type { VisitDirectory } from '../queue';
import type { VitalsService } from '../vitals';
import { allergyResource, noKnownAllergiesResource } from './fhir-allergies';
import { diagnosisCondition, problemCondition, registeredConditionCondition } from './fhir-conditions';
import { documentReference } from './fhir-documents';
import { encounterResource } from './fhir-encounter';
import { longTermMedicationStatement, prescriptionRequest } from './fhir-medications';
import { vitalsObservations } from './fhir-observations';
import { patientResource } from './fhir-patient';
import { derivedId, fullUrlOf } from './fhir-references';

/** The services the export reads the record through: each module answers for its own part. */
export interface RecordSources {
  patients: PatientsServices['patients'];
  directory: PatientDirectory;
  visits: VisitDirectory;
  timeline: ConsultationServices['timeline'];
  vitals: VitalsService;
  prescriptions: PrescriptionsService;
  chart: ChartService;
  documents: DocumentsServices['documents'];
}

const VISITS_PAGE = 50;

/**
 * One patient's whole record as an HL7 FHIR R4 collection Bundle, for another clinic or the
 * patient to take away: registration, every visit (merged duplicates' included) with its vitals,
 * diagnoses and prescription, the chart, the allergies and the documents issued. The caller audits.
 */
export class FhirExportService {
  constructor(private readonly sources: RecordSources) {}

  async patientBundle(uow: UnitOfWork, patientId: string): Promise<FhirBundle> {
    const { patients, chart, prescriptions } = this.sources;
    const patient = await patients.get(uow, patientId);
    const visits = await this.allVisits(uow, patientId);
    const resources: FhirResource[] = [patientResource(patientId, patient), ...this.allergies(patient)];
    for (const visit of visits) {
      const summary = await this.sources.visits.get(uow, visit.visitId);
      resources.push(encounterResource({ id: visit.visitId, status: visit.status, checkedInAt: summary.createdAt, chiefComplaint: visit.chiefComplaint, doctorName: visit.doctorName }, patientId));
      resources.push(...visit.diagnoses.map((diagnosis) => diagnosisCondition(diagnosis, visit.visitId, patientId, visit.clinicDate)));
      const { lines } = await prescriptions.forVisit(uow, visit.visitId);
      resources.push(...lines.map((line) => prescriptionRequest(line, patientId, visit.status !== 'open')));
    }
    resources.push(...(await this.allVitals(uow, patientId)).flatMap((recording) => vitalsObservations(recording, patientId)));
    resources.push(...this.chartResources(await chart.chart(uow, patientId), patient));
    const visitIds = new Set(visits.map((visit) => visit.visitId));
    resources.push(...(await this.allDocuments(uow, patientId)).map((document) => documentReference(document, patientId, visitIds)));
    return {
      resourceType: 'Bundle',
      id: derivedId('bundle', patientId, uow.now.toISOString()),
      type: 'collection',
      timestamp: uow.now.toISOString(),
      entry: resources.map((resource) => ({ fullUrl: fullUrlOf(resource.id), resource })),
    };
  }

  private allergies(patient: Patient): FhirResource[] {
    if (patient.noKnownAllergiesRecorded) return [noKnownAllergiesResource(patient.noKnownAllergiesRecorded, patient.id)];
    return patient.allergies.map((allergy, index) => allergyResource(allergy, index, patient.id));
  }

  private chartResources(chart: Chart, patient: Patient): FhirResource[] {
    const onChart = new Set(chart.problems.map((problem) => problem.condition.trim().toLowerCase()));
    return [
      ...chart.problems.map((problem) => problemCondition(problem, patient.id)),
      ...patient.chronicConditions.filter((condition) => !onChart.has(condition.trim().toLowerCase())).map((condition) => registeredConditionCondition(condition, patient.id)),
      ...chart.medications.map((medication) => longTermMedicationStatement(medication, patient.id)),
    ];
  }

  /** Every visit, oldest first, through the chart's timeline (which pages by index, merged records included). */
  private async allVisits(uow: UnitOfWork, patientId: string): Promise<TimelineVisit[]> {
    const visits: TimelineVisit[] = [];
    let cursor: VisitCursor | null = null;
    do {
      const page = await this.sources.timeline.page(uow, { patientId, limit: VISITS_PAGE, cursor });
      visits.push(...page.visits);
      cursor = page.nextCursor;
    } while (cursor);
    return visits.reverse();
  }

  private async allVitals(uow: UnitOfWork, patientId: string): Promise<VitalsRecording[]> {
    const recordings: VitalsRecording[] = [];
    let before: VitalsCursor | undefined;
    do {
      const page = await this.sources.vitals.trend(uow, { patientId, limit: VITALS_TREND_MAX, before });
      recordings.push(...page.recordings);
      before = page.nextBefore ?? undefined;
    } while (before);
    return recordings.reverse();
  }

  private async allDocuments(uow: UnitOfWork, patientId: string): Promise<ArchivedDocument[]> {
    const group = await this.sources.directory.mergeGroup(uow, patientId);
    const documents: ArchivedDocument[] = [];
    for (const id of group.keys()) documents.push(...(await this.sources.documents.listForPatient(uow, id)));
    return documents.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  }
}
