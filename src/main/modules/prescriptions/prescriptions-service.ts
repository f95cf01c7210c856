import { v7 as uuidv7 } from 'uuid';
import { ageInMonths } from '../../../shared/age';
import { doseInMg, quantityToDispense } from '../../../shared/prescribing/quantity';
import { FREQUENCIES, medicineLabel, type Medicine } from '../../../shared/schemas/medicines';
import type { PrescriptionCheck, PrescriptionFinding, PrescriptionLine, PrescriptionLineInput } from '../../../shared/schemas/prescriptions';
import { prescriptionLineSchema } from '../../../shared/schemas/prescriptions';
import { AppError } from '../../errors/app-error';
import { checkPrescriptionLine, type DrugFacts, type InteractionPair, type SafetyContext } from '../../prescribing';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ChartService } from '../chart';
import type { InteractionPairsService, MedicinesService } from '../medicines';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory, VisitSummary } from '../queue';
import type { UsersService } from '../users';
import { PrescriptionIssuedEntity, PrescriptionLineEntity, type PrescriptionLineRecord } from './entities';

/** The patient's latest weight, for the children's dose check (the vitals module answers it once assembled). */
export interface WeightSource {
  latestWeightKg(uow: UnitOfWork, patientId: string): Promise<number | null>;
}

/**
 * Prescription lines of a visit. Each line is checked before it is saved — allergy (drug and
 * class), duplicate therapy, interactions (the ONC list and the clinic's own pairs, both orders)
 * against the patient's long-term medicines and the visit's other lines, and a child's dose by
 * weight — and a flagged line is saved only with the prescriber's reason, which is audited.
 */
export class PrescriptionsService {
  constructor(
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
    private readonly medicines: MedicinesService,
    private readonly clinicPairs: InteractionPairsService,
    private readonly chart: ChartService,
    private readonly users: UsersService,
    private readonly weights: WeightSource,
    /** The ONC list, read once when the hub starts. */
    private readonly publishedPairs: () => InteractionPair[],
  ) {}

  async forVisit(uow: UnitOfWork, visitId: string): Promise<{ visit: VisitSummary; lines: PrescriptionLine[] }> {
    const visit = await this.visits.get(uow, visitId);
    const rows = await uow.db.getRepository(PrescriptionLineEntity).find({ where: { visitId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { visit, lines: await this.toLines(uow, rows) };
  }

  /** What the checks find for a line, and its quantity, without saving anything: shown as the prescriber writes. */
  async check(uow: UnitOfWork, visitId: string, input: PrescriptionLineInput): Promise<PrescriptionCheck & { medicine: Medicine; visit: VisitSummary }> {
    const line = prescriptionLineSchema.parse(input);
    const visit = await this.openForPrescribing(uow, visitId);
    const medicine = await this.medicines.get(uow, line.medicineId);
    if (!medicine.active) throw new AppError('MEDICINE_RETIRED', { generic: medicine.generic });
    const findings = findingsFor(line, medicine, (await this.safetyContext(uow, visit))(null));
    return { findings, quantity: quantityToDispense(line, medicine), medicine, visit };
  }

  /** Visits finished since `sinceIso` whose prescriptions have lines to hand over in the clinic: the dispensary's worklist. */
  async issuedForDispensary(uow: UnitOfWork, sinceIso: string): Promise<{ visitId: string; issuedAt: string }[]> {
    const rows = await uow.db.query<{ visit_id: string; issued_at: string }[]>(
      `SELECT issued.visit_id, issued.issued_at FROM prescriptions_issued issued
       WHERE issued.issued_at >= ? AND EXISTS (SELECT 1 FROM prescription_lines line WHERE line.visit_id = issued.visit_id AND line.status = 'active' AND line.dispensing = 'in-house')
       ORDER BY issued.issued_at`,
      [sinceIso],
    );
    return rows.map((row) => ({ visitId: row.visit_id, issuedAt: row.issued_at }));
  }

  /** The lines of a finished visit the clinic hands over itself, with their prescribers' names; refused while the doctor is still writing. */
  async toDispense(uow: UnitOfWork, visitId: string): Promise<{ visit: VisitSummary; lines: (PrescriptionLineRecord & { prescribedByName: string | null })[] }> {
    const visit = await this.visits.get(uow, visitId);
    if (!(await uow.db.getRepository(PrescriptionIssuedEntity).existsBy({ visitId }))) throw new AppError('PRESCRIPTION_NOT_ISSUED', { ticketNo: visit.ticketNo });
    const rows = await uow.db.getRepository(PrescriptionLineEntity).find({ where: { visitId, status: 'active', dispensing: 'in-house' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const names = await this.users.namesOf(uow, rows.map((row) => row.prescribedBy));
    return { visit, lines: rows.map((row) => ({ ...row, prescribedByName: row.prescribedBy ? (names.get(row.prescribedBy) ?? null) : null })) };
  }

  /**
   * The checks run again at the dispensary, against the patient's record as it is now (an allergy
   * recorded since, a long-term medicine started since): each line against everything else.
   */
  async findingsAtDispensing(uow: UnitOfWork, visit: VisitSummary, lines: readonly PrescriptionLineRecord[]): Promise<Map<string, PrescriptionFinding[]>> {
    const findings = new Map<string, PrescriptionFinding[]>();
    const contextWithout = await this.safetyContext(uow, visit);
    const medicines = await this.medicines.getMany(uow, lines.map((line) => line.medicineId));
    for (const line of lines) findings.set(line.id, findingsFor(line, medicines.get(line.medicineId)!, contextWithout(line.id)));
    return findings;
  }

  async addLine(uow: UnitOfWork, visitId: string, input: PrescriptionLineInput, overrideReason: string | null): Promise<PrescriptionLine> {
    const line = prescriptionLineSchema.parse(input);
    const { findings, quantity, medicine, visit } = await this.check(uow, visitId, line);
    if (findings.length > 0 && !overrideReason) throw new AppError('PRESCRIPTION_FLAGGED', { kinds: findings.map((finding) => finding.kind), fields: ['overrideReason'] });
    const dispensed = line.quantity ?? quantity;
    if (dispensed === null) throw new AppError('PRESCRIPTION_QUANTITY_NEEDED', { fields: ['line.quantity'] });
    const now = uow.now.toISOString();
    const record: PrescriptionLineRecord = {
      id: uuidv7(),
      visitId: visit.id,
      patientId: visit.patientId,
      medicineId: medicine.id,
      medicineLabel: medicineLabel(medicine),
      generic: medicine.generic,
      drugClass: medicine.drugClass,
      doseValue: line.doseValue,
      doseUnit: line.doseUnit,
      frequency: line.frequency,
      durationDays: line.durationDays,
      route: line.route,
      timing: line.timing,
      quantity: dispensed,
      quantityUnit: medicine.dispensingUnit,
      instructions: line.instructions,
      dispensing: line.dispensing,
      findings,
      overrideReason: findings.length > 0 ? overrideReason : null,
      status: 'active',
      cancelReason: null,
      prescribedBy: uow.actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await uow.db.getRepository(PrescriptionLineEntity).insert(record);
    await uow.audit({
      action: 'prescription.add',
      entity: 'prescription',
      entityId: record.id,
      after: { medicine: record.medicineLabel, quantity: dispensed, dispensing: record.dispensing, flagged: findings.map((f) => f.kind), overrideReason: record.overrideReason },
    });
    return (await this.toLines(uow, [record]))[0];
  }

  /** Takes a line back while the visit is open; it stays on record as cancelled, with the reason. */
  async cancelLine(uow: UnitOfWork, id: string, reason: string): Promise<PrescriptionLine> {
    const record = await uow.db.getRepository(PrescriptionLineEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'prescription', id });
    await this.openForPrescribing(uow, record.visitId);
    if (record.status === 'cancelled') return (await this.toLines(uow, [record]))[0];
    const cancelled = { ...record, status: 'cancelled' as const, cancelReason: reason, updatedAt: uow.now.toISOString() };
    await uow.db.getRepository(PrescriptionLineEntity).update({ id }, { status: 'cancelled', cancelReason: reason, updatedAt: cancelled.updatedAt });
    await uow.audit({ action: 'prescription.cancel', entity: 'prescription', entityId: id, before: { status: 'active' }, after: { status: 'cancelled', reason, medicine: record.medicineLabel } });
    return (await this.toLines(uow, [cancelled]))[0];
  }

  /** The lines of the patient's last earlier visit with a prescription, as the prescriber would write them again. */
  async lastPrescription(uow: UnitOfWork, visitId: string): Promise<PrescriptionLineInput[]> {
    const visit = await this.visits.get(uow, visitId);
    const group = await this.patients.mergeGroup(uow, visit.patientId);
    const placeholders = [...group.keys()].map(() => '?').join(', ');
    const [last] = await uow.db.query<{ visit_id: string }[]>(
      `SELECT visit_id FROM prescription_lines WHERE patient_id IN (${placeholders}) AND visit_id <> ? AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
      [...group.keys(), visit.id],
    );
    if (!last) return [];
    const rows = await uow.db.getRepository(PrescriptionLineEntity).find({ where: { visitId: last.visit_id, status: 'active' }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({
      medicineId: row.medicineId,
      doseValue: row.doseValue,
      doseUnit: row.doseUnit,
      frequency: row.frequency,
      durationDays: row.durationDays,
      route: row.route,
      timing: row.timing,
      // Worked out again where it can be; a PRN or open-ended line keeps the quantity given last time.
      quantity: FREQUENCIES[row.frequency].perDay === null || row.durationDays === null ? row.quantity : null,
      instructions: row.instructions,
      dispensing: row.dispensing,
    }));
  }

  /** Whether the clinic's dispensary has anything to hand over for the visit: the consultation's hand-off asks. */
  async hasItemsToDispense(uow: UnitOfWork, visitId: string): Promise<boolean> {
    return (await uow.db.getRepository(PrescriptionLineEntity).countBy({ visitId, status: 'active', dispensing: 'in-house' })) > 0;
  }

  /** The doctor finished the visit: its prescription is final (see the 'visit.finished' listener). */
  async issue(uow: UnitOfWork, visitId: string): Promise<void> {
    await uow.db.getRepository(PrescriptionIssuedEntity).insert({ visitId, issuedAt: uow.now.toISOString() });
  }

  /** An open visit whose prescription the doctor has not finished yet. */
  private async openForPrescribing(uow: UnitOfWork, visitId: string): Promise<VisitSummary> {
    const visit = await this.visits.open(uow, visitId);
    if (await uow.db.getRepository(PrescriptionIssuedEntity).existsBy({ visitId })) throw new AppError('VISIT_CLOSED', { ticketNo: visit.ticketNo, status: 'signed' });
    return visit;
  }

  /** What a line is checked against; `exceptLineId` leaves out the line being checked again itself. */
  /**
   * What a line of this visit is checked against: the patient's allergies, long-term medicines,
   * weight and age, and the visit's other lines. Read once per visit; the function it returns
   * leaves out the line being checked (null: a new line, nothing to leave out).
   */
  private async safetyContext(uow: UnitOfWork, visit: VisitSummary): Promise<(exceptLineId: string | null) => SafetyContext> {
    const facts = await this.patients.clinicalFacts(uow, visit.patientId);
    const longTerm = await this.chart.longTermMedications(uow, visit.patientId);
    const catalogued = await this.medicines.getMany(uow, longTerm.flatMap((medication) => (medication.medicineId ? [medication.medicineId] : [])));
    const charted = longTerm.map((medication): DrugFacts => (medication.medicineId ? drugFacts(catalogued.get(medication.medicineId)!) : { generic: medication.medicineName, label: medication.medicineName }));
    const thisVisit = await uow.db.getRepository(PrescriptionLineEntity).find({ where: { visitId: visit.id, status: 'active' } });
    const weightKg = await this.weights.latestWeightKg(uow, visit.patientId);
    const ageMonths = facts.dateOfBirth ? ageInMonths(facts.dateOfBirth, uow.clock.today()) : null;
    const pairs = [...this.publishedPairs(), ...(await this.clinicPairs.clinicPairs(uow))];
    return (exceptLineId) => ({
      allergies: facts.allergies,
      otherDrugs: [
        ...charted.map((drug) => ({ drug, origin: 'long-term' as const })),
        ...thisVisit
          .filter((row) => row.id !== exceptLineId)
          .map((row) => ({ drug: { generic: row.generic, drugClass: row.drugClass, label: row.medicineLabel }, origin: 'this-prescription' as const })),
      ],
      weightKg,
      ageMonths,
      pairs,
    });
  }

  private async toLines(uow: UnitOfWork, rows: PrescriptionLineRecord[]): Promise<PrescriptionLine[]> {
    const names = await this.users.namesOf(uow, rows.map((row) => row.prescribedBy));
    return rows.map((row) => {
      const { patientId: _patient, drugClass: _class, prescribedBy, updatedAt: _updated, ...line } = row;
      return { ...line, prescribedByName: prescribedBy ? (names.get(prescribedBy) ?? null) : null };
    });
  }
}

function findingsFor(line: Pick<PrescriptionLineRecord, 'doseValue' | 'doseUnit' | 'frequency'>, medicine: Medicine, context: SafetyContext): PrescriptionFinding[] {
  const childRange = medicine.childMinMgPerKgDay !== null && medicine.childMaxMgPerKgDay !== null ? { min: medicine.childMinMgPerKgDay, max: medicine.childMaxMgPerKgDay } : null;
  return checkPrescriptionLine(drugFacts(medicine), { doseMg: doseInMg(line, medicine), timesPerDay: FREQUENCIES[line.frequency].perDay, mgPerKgPerDay: childRange }, context);
}

function drugFacts(medicine: Medicine): DrugFacts {
  return { generic: medicine.generic, brand: medicine.brand, drugClass: medicine.drugClass, label: medicineLabel(medicine) };
}
