import type { PrintableDocument } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { charsPerLine } from '../../../shared/schemas/printer';
import type { ClinicService, PrintJob, ReceiptPrinter } from '../clinic';
import type { PatientDirectory } from '../patients';
import { labelEscPos, labelFor, type MedicineLabel, type PrescriptionPrints, type PrescriptionsService } from '../prescriptions';
import { DispensedLineEntity, DispensingEntity } from './entities';
import { owedOf, type DispensedSoFar } from './owed';

export interface LabelPrintJob extends PrintJob {
  dispensingId: string;
  patientId: string | null;
  /** The medicines labelled, for the audit entry. */
  labels: string[];
}

/** What the dispensary prints: a dispensing's labels, and a prescription for what it could not hand over. */
export class DispensaryPrints {
  constructor(
    private readonly prescriptions: PrescriptionsService,
    private readonly prescriptionPrints: PrescriptionPrints,
    private readonly patients: PatientDirectory,
    private readonly clinic: ClinicService,
    private readonly receiptPrinter: ReceiptPrinter,
    private readonly dispensed: DispensedSoFar,
  ) {}

  /** One label per dispensed line, with the quantity handed over and its Prescription Book serial; audited as a print. */
  async labels(uow: UnitOfWork, dispensingId: string): Promise<MedicineLabel[]> {
    const { labels, patientId, medicines } = await this.compose(uow, dispensingId);
    await uow.audit({ action: 'dispensing.printLabels', entity: 'dispensing', entityId: dispensingId, after: { patientId, labels: medicines, printer: 'pdf' } });
    return labels;
  }

  /** The labels as ESC/POS for the receipt printer; sent outside the unit of work, audited by recordLabelPrint once printed. */
  async prepareLabelPrint(uow: UnitOfWork, dispensingId: string): Promise<LabelPrintJob> {
    const printer = await this.receiptPrinter.configured(uow);
    const { labels, patientId, medicines } = await this.compose(uow, dispensingId);
    return { printer, bytes: labelEscPos(labels, charsPerLine(printer.paperWidthMm)), dispensingId, patientId, labels: medicines };
  }

  send(job: LabelPrintJob): Promise<void> {
    return this.receiptPrinter.send(job);
  }

  async recordLabelPrint(uow: UnitOfWork, job: LabelPrintJob): Promise<{ labels: number }> {
    await uow.audit({ action: 'dispensing.printLabels', entity: 'dispensing', entityId: job.dispensingId, after: { patientId: job.patientId, labels: job.labels, printer: job.printer.connection.kind } });
    return { labels: job.labels.length };
  }

  private async compose(uow: UnitOfWork, dispensingId: string): Promise<{ labels: MedicineLabel[]; patientId: string | null; medicines: string[] }> {
    const dispensing = await uow.db.getRepository(DispensingEntity).findOneBy({ id: dispensingId });
    if (!dispensing) throw new AppError('NOT_FOUND', { entity: 'dispensing', id: dispensingId });
    if (dispensing.status === 'reversed') throw new AppError('DISPENSING_REVERSED');
    const lines = await uow.db.getRepository(DispensedLineEntity).find({ where: { dispensingId }, order: { id: 'ASC' } });
    const prescribed = new Map(dispensing.visitId ? (await this.prescriptions.toDispense(uow, dispensing.visitId)).lines.map((line) => [line.id, line] as const) : []);
    const patientName = dispensing.patientId && !dispensing.buyerName ? (await this.patients.identityOf(uow, dispensing.patientId)).fullName : (dispensing.buyerName ?? '');
    const clinic = await this.clinic.profile(uow);
    const date = uow.clock.dateOf(dispensing.dispensedAt);
    const labels = lines.map((line) => {
      const prescription = line.prescriptionLineId ? prescribed.get(line.prescriptionLineId) : undefined;
      const given = { medicineLabel: line.medicineLabel, legalClass: line.legalClass, quantity: line.quantity, quantityUnit: line.unit };
      return labelFor(prescription ? { ...prescription, ...given } : { ...given, directions: line.directions, instructions: '' }, { clinic, patientName, date, prescriptionSerial: line.registerSerial });
    });
    return { labels, patientId: dispensing.patientId, medicines: lines.map((line) => line.medicineLabel) };
  }

  /** The owed lines, each with what is still owed, issued as a numbered prescription. */
  async owedPrescription(uow: UnitOfWork, visitId: string): Promise<PrintableDocument> {
    const { lines } = await this.prescriptions.toDispense(uow, visitId);
    const owed = owedOf(lines, await this.dispensed.quantities(uow, lines.map((line) => line.id)));
    return this.prescriptionPrints.issueOwedPrescription(uow, visitId, owed);
  }
}
