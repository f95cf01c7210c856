import { addDays } from '../../../shared/clinic-time';
import { daysInclusive, type IssueMedicalCertificateInput, type IssueQuarantineSlipInput, type IssueReferralLetterInput, type IssueTimeSlipInput } from '../../../shared/schemas/visit-documents';
import type { DocumentsService, PrintableDocument } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory, VisitSummary } from '../queue';
import type { UserRecord, UsersService } from '../users';
import { medicalCertificatePage } from './medical-certificate';
import { quarantineSlipPage } from './quarantine-slip';
import { referralLetterPage } from './referral-letter';
import { sickLeaveOf } from './sick-leave';
import { timeSlipPage } from './time-slip';
import { MEDICAL_CERTIFICATE, QUARANTINE_SLIP, REFERRAL_LETTER, TIME_SLIP } from './visit-document-kinds';

/**
 * The documents a doctor issues in a visit: MC, time slip, referral letter, quarantine slip. Each is issued in the
 * caller's unit of work (serial, archive, audit) against the visit and its patient, signed by the
 * signed-in user; the PDF is drawn after commit by the router.
 */
export class VisitDocumentsService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
  ) {}

  async issueMedicalCertificate(uow: UnitOfWork, input: IssueMedicalCertificateInput): Promise<PrintableDocument> {
    const visit = await this.visitTakingDocuments(uow, input.visitId);
    const doctor = await this.signingDoctor(uow);
    // An MC without the doctor's registration is what a forged one looks like: the employer cannot check the doctor.
    if (!doctor.mmcNo) throw new AppError('DOCTOR_REGISTRATION_MISSING', { name: doctor.displayName });
    const leave = sickLeaveOf(input, visit.clinicDate);
    const page = medicalCertificatePage({
      patient: await this.patients.identityOf(uow, visit.patientId),
      doctor,
      examinedOn: visit.clinicDate,
      leave,
      diagnosis: input.showDiagnosis ? input.diagnosis : null,
      remarks: input.remarks || null,
    });
    return this.documents.issue(uow, MEDICAL_CERTIFICATE, page, { patientId: visit.patientId, visitId: visit.id, leave });
  }

  /** From check-in (unless the doctor gives the arrival time) to now (unless given), on the visit's day. */
  async issueTimeSlip(uow: UnitOfWork, input: IssueTimeSlipInput): Promise<PrintableDocument> {
    const visit = await this.visitTakingDocuments(uow, input.visitId);
    const arrivedAt = input.arrivedAt ?? uow.clock.timeOf(visit.createdAt);
    const leftAt = input.leftAt ?? uow.clock.timeOf(uow.now);
    if (leftAt < arrivedAt) throw new AppError('VALIDATION_FAILED', { fields: ['leftAt'] });
    const page = timeSlipPage({
      patient: await this.patients.identityOf(uow, visit.patientId),
      doctor: await this.signingDoctor(uow),
      date: visit.clinicDate,
      arrivedAt,
      leftAt,
      remarks: input.remarks || null,
    });
    return this.documents.issue(uow, TIME_SLIP, page, { patientId: visit.patientId, visitId: visit.id });
  }

  async issueReferralLetter(uow: UnitOfWork, input: IssueReferralLetterInput): Promise<PrintableDocument> {
    const { visitId, ...letter } = input;
    const visit = await this.visitTakingDocuments(uow, visitId);
    const facts = await this.patients.clinicalFacts(uow, visit.patientId);
    const page = referralLetterPage({
      patient: { ...(await this.patients.identityOf(uow, visit.patientId)), dateOfBirth: facts.dateOfBirth, sex: facts.sex, allergies: facts.allergies },
      doctor: await this.signingDoctor(uow),
      date: uow.clock.today(),
      letter,
    });
    return this.documents.issue(uow, REFERRAL_LETTER, page, { patientId: visit.patientId, visitId: visit.id });
  }

  /**
   * A quarantine slip, signed like an MC (an employer or school checks it the same way): the
   * isolation starts on the day of the examination or the next, never earlier; its dates are kept
   * with the document so that a check of the serial can tell them, as an MC's leave.
   */
  async issueQuarantineSlip(uow: UnitOfWork, input: IssueQuarantineSlipInput): Promise<PrintableDocument> {
    const visit = await this.visitTakingDocuments(uow, input.visitId);
    const doctor = await this.signingDoctor(uow);
    if (!doctor.mmcNo) throw new AppError('DOCTOR_REGISTRATION_MISSING', { name: doctor.displayName });
    if (input.from < visit.clinicDate || input.from > addDays(visit.clinicDate, 1)) throw new AppError('VALIDATION_FAILED', { fields: ['from'] });
    const isolation = { from: input.from, to: input.to, days: daysInclusive(input.from, input.to) };
    const page = quarantineSlipPage({
      patient: await this.patients.identityOf(uow, visit.patientId),
      doctor,
      examinedOn: visit.clinicDate,
      condition: input.condition,
      notifiable: input.notifiable,
      isolation,
      place: input.place,
      instructions: input.instructions,
    });
    return this.documents.issue(uow, QUARANTINE_SLIP, page, { patientId: visit.patientId, visitId: visit.id, leave: isolation });
  }

  /**
   * An open visit, or one finished today: the patient asks for the MC or time slip at the cashier,
   * after the doctor finished the visit, and a doctor should not reopen it for that. A visit of an
   * earlier day is closed for documents (no backdated papers); a no-show never had an examination.
   */
  private async visitTakingDocuments(uow: UnitOfWork, visitId: string): Promise<VisitSummary> {
    const visit = await this.visits.get(uow, visitId);
    const finishedToday = visit.status === 'done' && visit.clinicDate === uow.clock.today();
    if (visit.status !== 'open' && !finishedToday) throw new AppError('VISIT_CLOSED', { ticketNo: visit.ticketNo, status: visit.status });
    return visit;
  }

  /** The signed-in user signs: the documents carry their name and registration. */
  private async signingDoctor(uow: UnitOfWork): Promise<UserRecord> {
    const userId = uow.actor?.userId;
    if (!userId) throw new AppError('FORBIDDEN', { reason: 'no-signer' });
    return this.users.record(uow, userId);
  }
}
