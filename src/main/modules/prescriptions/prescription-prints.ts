import type { DocumentsService, PrintableDocument } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory, VisitSummary } from '../queue';
import type { UsersService } from '../users';
import { PrescriptionLineEntity, type PrescriptionLineRecord } from './entities';
import { medicineLabel, type MedicineLabel } from './medicine-label';
import { PRESCRIPTION, prescriptionPage } from './prescription-page';

/**
 * What the clinic prints of a visit's prescription: the prescription itself, issued as a numbered
 * document (archived, reprintable, verifiable), and the dispensary's labels for the in-house lines.
 */
export class PrescriptionPrints {
  constructor(
    private readonly documents: DocumentsService,
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
    private readonly clinic: ClinicService,
  ) {}

  /** Issues the prescription of the visit's active lines, signed by whoever prescribed them. */
  async issuePrescription(uow: UnitOfWork, visitId: string): Promise<PrintableDocument> {
    const visit = await this.printableVisit(uow, visitId);
    return this.issueFor(uow, visit, await this.activeLines(uow, visit, 'any'));
  }

  /**
   * A prescription for what the dispensary could not hand over (out of stock), to take to an
   * outside pharmacy: the owed lines only, each with the quantity still owed.
   */
  async issueOwedPrescription(uow: UnitOfWork, visitId: string, owed: ReadonlyMap<string, number>): Promise<PrintableDocument> {
    const visit = await this.visits.get(uow, visitId);
    const lines = (await this.activeLines(uow, visit, 'in-house')).filter((line) => (owed.get(line.id) ?? 0) > 0).map((line) => ({ ...line, quantity: owed.get(line.id) ?? 0 }));
    if (lines.length === 0) throw new AppError('PRESCRIPTION_EMPTY', { ticketNo: visit.ticketNo, dispensing: 'owed' });
    return this.issueFor(uow, visit, lines);
  }

  private async issueFor(uow: UnitOfWork, visit: VisitSummary, lines: PrescriptionLineRecord[]): Promise<PrintableDocument> {
    const prescribers = await Promise.all([...new Set(lines.map((line) => line.prescribedBy ?? uow.actor?.userId))].filter((id): id is string => !!id).slice(0, 3).map((id) => this.users.record(uow, id)));
    // Poisons Act s21(2): a prescription names its prescriber; without the MMC number a pharmacist cannot check them.
    const unregistered = prescribers.find((doctor) => !doctor.mmcNo);
    if (unregistered) throw new AppError('DOCTOR_REGISTRATION_MISSING', { name: unregistered.displayName });
    const facts = await this.patients.clinicalFacts(uow, visit.patientId);
    const page = prescriptionPage({
      patient: { ...(await this.patients.identityOf(uow, visit.patientId)), dateOfBirth: facts.dateOfBirth, allergies: facts.allergies },
      prescribers,
      date: visit.clinicDate,
      lines,
    });
    return this.documents.issue(uow, PRESCRIPTION, page, { patientId: visit.patientId, visitId: visit.id });
  }

  /** A label for each in-house line; audited as a print (labels are not archived: the prescription is). */
  async labels(uow: UnitOfWork, visitId: string): Promise<MedicineLabel[]> {
    const visit = await this.printableVisit(uow, visitId);
    const lines = await this.activeLines(uow, visit, 'in-house');
    const issued = await this.documents.listForVisit(uow, visit.id);
    const prescription = issued.find((document) => document.kind === PRESCRIPTION.key && !document.cancelledAt);
    const facts = {
      clinic: await this.clinic.profile(uow),
      patientName: (await this.patients.identityOf(uow, visit.patientId)).fullName,
      date: uow.clock.today(),
      prescriptionSerial: prescription?.serial ?? null,
    };
    await uow.audit({ action: 'prescription.printLabels', entity: 'prescription', entityId: visit.id, after: { visitId: visit.id, patientId: visit.patientId, labels: lines.map((line) => line.medicineLabel) } });
    return lines.map((line) => medicineLabel(line, facts));
  }

  /**
   * An open visit, or one finished today (the patient collects the medicines after the doctor
   * finished): an earlier day's visit gets no new prescription, as with the MC.
   */
  private async printableVisit(uow: UnitOfWork, visitId: string): Promise<VisitSummary> {
    const visit = await this.visits.get(uow, visitId);
    const finishedToday = visit.status === 'done' && visit.clinicDate === uow.clock.today();
    if (visit.status !== 'open' && !finishedToday) throw new AppError('VISIT_CLOSED', { ticketNo: visit.ticketNo, status: visit.status });
    return visit;
  }

  private async activeLines(uow: UnitOfWork, visit: VisitSummary, dispensing: 'any' | 'in-house'): Promise<PrescriptionLineRecord[]> {
    const lines = await uow.db.getRepository(PrescriptionLineEntity).find({
      where: { visitId: visit.id, status: 'active', ...(dispensing === 'in-house' ? { dispensing } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (lines.length === 0) throw new AppError('PRESCRIPTION_EMPTY', { ticketNo: visit.ticketNo, dispensing });
    return lines;
  }
}
