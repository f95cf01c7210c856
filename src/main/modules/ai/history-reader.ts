import { addDays } from '../../../shared/clinic-time';
import type { VisitCursor } from '../../../shared/schemas/queue';
import { CURRENT_MEDICINE_DAYS, BP_TREND_READINGS } from '../../ai/features/summary/chronic-rules';
import type { BloodPressureFact, HistoryFacts, PrescriptionFact, VisitFact } from '../../ai/features/summary/history-facts';
import { auditPatientRead } from '../../audit/patient-reads';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ConsultationServices } from '../consultation';
import type { PatientDirectory } from '../patients';
import type { PrescriptionsService } from '../prescriptions';
import type { VitalsService } from '../vitals';

/** The visits a summary reads, newest first: years of a regular patient's visits, and a bound on the prompt. */
const VISITS_MAX = 200;
const VISITS_PAGE = 50;

/**
 * The patient's record as the history summary reads it, through the modules that keep it: the
 * allergy list, the chart's timeline of visits with their diagnoses (merged duplicates' too), the
 * prescriptions of the last months and the blood pressures recorded. Audited as reads of the
 * chart and of the vitals, as opening them on screen is.
 */
export class HistoryReader {
  constructor(
    private readonly patients: PatientDirectory,
    private readonly timeline: ConsultationServices['timeline'],
    private readonly prescriptions: PrescriptionsService,
    private readonly vitals: VitalsService,
  ) {}

  async facts(uow: UnitOfWork, patientId: string): Promise<HistoryFacts> {
    const today = uow.clock.today();
    const { allergies } = await this.patients.clinicalFacts(uow, patientId);
    const visits = await this.visitsOf(uow, patientId);
    const prescriptions = await this.prescriptionsSince(uow, visits, addDays(today, -CURRENT_MEDICINE_DAYS));
    const bloodPressures = await this.bloodPressures(uow, patientId);
    await auditPatientRead(uow, 'chart', patientId);
    await auditPatientRead(uow, 'vitals', patientId);
    return { patientId, today, allergies: allergies.map(({ allergen, reaction, severity }) => ({ allergen, reaction, severity })), visits, prescriptions, bloodPressures };
  }

  private async visitsOf(uow: UnitOfWork, patientId: string): Promise<VisitFact[]> {
    const visits: VisitFact[] = [];
    let cursor: VisitCursor | null = null;
    do {
      const page = await this.timeline.page(uow, { patientId, limit: VISITS_PAGE, cursor });
      for (const visit of page.visits) {
        visits.push({ id: visit.visitId, date: visit.clinicDate, complaint: visit.chiefComplaint, diagnoses: visit.diagnoses.map(({ code, description }) => ({ code, description })) });
      }
      cursor = page.nextCursor;
    } while (cursor && visits.length < VISITS_MAX);
    return visits;
  }

  private async prescriptionsSince(uow: UnitOfWork, visits: readonly VisitFact[], since: string): Promise<PrescriptionFact[]> {
    const facts: PrescriptionFact[] = [];
    for (const visit of visits.filter((v) => v.date >= since)) {
      const { lines } = await this.prescriptions.forVisit(uow, visit.id);
      for (const line of lines.filter((l) => l.status === 'active')) {
        facts.push({ id: line.id, visitId: visit.id, date: visit.date, medicine: line.medicineLabel, generic: line.generic, dose: `${line.doseValue} ${line.doseUnit} ${line.frequency}`, durationDays: line.durationDays });
      }
    }
    return facts;
  }

  private async bloodPressures(uow: UnitOfWork, patientId: string): Promise<BloodPressureFact[]> {
    // A page wider than the trend's readings: some recordings are a pulse or a weight alone.
    const { recordings } = await this.vitals.trend(uow, { patientId, limit: BP_TREND_READINGS * 3 });
    return recordings.flatMap((recording) => {
      const { systolic, diastolic } = recording.measures;
      if (systolic === null || diastolic === null) return [];
      return [{ id: recording.id, visitId: recording.visitId, date: uow.clock.dateOf(recording.recordedAt), systolic, diastolic }];
    });
  }
}
