import { doseWords } from '../../../shared/prescribing/dose-words';
import type { DispensaryVisit, DispensingView } from '../../../shared/schemas/dispensing';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import type { PatientDirectory } from '../patients';
import type { PrescriptionsService } from '../prescriptions';
import type { StockService } from '../stock';
import type { UsersService } from '../users';
import { DispensingEntity, DispensedLineEntity } from './entities';
import { owedOf, type DispensedSoFar } from './owed';

/** Owed medicines wait this long on the worklist (a delivery comes within days); older ones are printed as outside prescriptions. */
const WORKLIST_DAYS = 14;

/** What the dispensary sees: its worklist, and one visit's prescription with stock and batches. */
export class DispensaryView {
  constructor(
    private readonly prescriptions: PrescriptionsService,
    private readonly medicines: MedicinesService,
    private readonly stock: StockService,
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
    private readonly dispensed: DispensedSoFar,
  ) {}

  /** Finished visits with in-house medicines still to hand over, oldest first. */
  async worklist(uow: UnitOfWork): Promise<DispensaryVisit[]> {
    const since = new Date(uow.now.getTime() - WORKLIST_DAYS * 24 * 3600_000).toISOString();
    const issued = await this.prescriptions.issuedForDispensary(uow, since);
    const waiting: (Omit<DispensaryVisit, 'patientName' | 'mrn'> & { patientId: string })[] = [];
    for (const { visitId, issuedAt } of issued) {
      const { visit, lines } = await this.prescriptions.toDispense(uow, visitId);
      const given = await this.dispensed.quantities(uow, lines.map((line) => line.id));
      const linesOwed = [...owedOf(lines, given).values()].filter((left) => left > 0).length;
      if (linesOwed > 0) waiting.push({ visitId, patientId: visit.patientId, ticketNo: visit.ticketNo, issuedAt, linesOwed, partlyDispensed: given.size > 0 });
    }
    const labels = await this.patients.labelsOf(uow, waiting.map((visit) => visit.patientId));
    return waiting.map(({ patientId, ...visit }) => ({ ...visit, patientName: labels.get(patientId)?.fullName ?? '', mrn: labels.get(patientId)?.mrn ?? '' }));
  }

  async open(uow: UnitOfWork, visitId: string): Promise<DispensingView> {
    const { visit, lines } = await this.prescriptions.toDispense(uow, visitId);
    const owed = owedOf(lines, await this.dispensed.quantities(uow, lines.map((line) => line.id)));
    const findings = await this.prescriptions.findingsAtDispensing(uow, visit, lines);
    const onHand = await this.stock.onHand(uow, lines.map((line) => line.medicineId));
    const facts = await this.patients.clinicalFacts(uow, visit.patientId);
    const label = (await this.patients.labelsOf(uow, [visit.patientId])).get(visit.patientId);
    const medicines = await this.medicines.getMany(uow, lines.map((line) => line.medicineId));
    const viewLines = [];
    for (const line of lines) {
      const medicine = medicines.get(line.medicineId)!;
      const left = owed.get(line.id) ?? 0;
      const plan = left > 0 ? await this.stock.plan(uow, medicine.id, left) : { takes: [], shortBy: 0 };
      const batches = (await this.stock.batches(uow, medicine.id)).filter((batch) => !batch.expired && batch.onHand > 0);
      viewLines.push({
        prescriptionLineId: line.id,
        medicineId: medicine.id,
        medicineLabel: line.medicineLabel,
        legalClass: medicine.legalClass,
        directions: { en: doseWords(line, 'en'), ms: doseWords(line, 'ms') },
        instructions: line.instructions,
        unit: line.quantityUnit,
        prescribed: Math.ceil(line.quantity),
        dispensed: Math.ceil(line.quantity) - left,
        owed: left,
        usableOnHand: onHand.get(medicine.id)?.usable ?? 0,
        plan: { takes: plan.takes.map(({ batchId, batchNo, expiryDate, quantity }) => ({ batchId, batchNo, expiryDate, quantity })), shortBy: plan.shortBy },
        batches: batches.map((batch) => ({ batchId: batch.id, batchNo: batch.batchNo, expiryDate: batch.expiryDate, onHand: batch.onHand })),
        findings: findings.get(line.id) ?? [],
        prescribedFindings: line.findings,
        overrideReason: line.overrideReason,
        prescriberName: line.prescribedByName,
        unitPriceSen: await this.medicines.priceFor(uow, medicine.id, null),
      });
    }
    return {
      visitId: visit.id,
      ticketNo: visit.ticketNo,
      clinicDate: visit.clinicDate,
      patient: { id: visit.patientId, name: label?.fullName ?? '', mrn: label?.mrn ?? '', allergies: facts.allergies.map((allergy) => allergy.allergen) },
      lines: viewLines,
      dispensings: await this.earlier(uow, visit.id),
    };
  }

  private async earlier(uow: UnitOfWork, visitId: string): Promise<DispensingView['dispensings']> {
    const rows = await uow.db.getRepository(DispensingEntity).find({ where: { visitId, status: 'done' }, order: { dispensedAt: 'ASC' } });
    const names = await this.users.namesOf(uow, rows.map((row) => row.dispensedBy));
    const result = [];
    for (const row of rows) {
      result.push({ id: row.id, at: row.dispensedAt, byName: row.dispensedBy ? (names.get(row.dispensedBy) ?? null) : null, lines: await uow.db.getRepository(DispensedLineEntity).countBy({ dispensingId: row.id }) });
    }
    return result;
  }
}
