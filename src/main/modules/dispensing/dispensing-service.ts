import { v7 as uuidv7 } from 'uuid';
import type { RoleKey } from '../../../shared/permissions';
import type { DispensedLine, DispenseInput, DispensingResult, SaleInput } from '../../../shared/schemas/dispensing';
import { dispenseInputSchema, saleInputSchema } from '../../../shared/schemas/dispensing';
import { medicineLabel, type Medicine } from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import type { PatientDirectory } from '../patients';
import type { PrescriptionsService } from '../prescriptions';
import type { RegistersService } from '../registers';
import type { StockService } from '../stock';
import type { UsersService } from '../users';
import { chosenTakes } from './batch-choice';
import { ChargeLineEntity, DispensedLineEntity, DispensingEntity, type ChargeLineRecord, type DispensedLineRecord, type DispensingRecord } from './entities';
import type { HandOn } from './hand-on';
import { owedOf, type DispensedSoFar } from './owed';
import { assertMayHandOver, assertSaleAllowed } from './supply-rules';

interface Supply {
  medicineId: string;
  quantity: number;
  takes: { batchId: string; quantity: number }[] | null;
  batchReason: string | null;
  prescriptionLineId: string | null;
  directions: string;
}

/** Who the medicines are for, as the Prescription Book enters them. */
interface Recipient {
  patientId: string | null;
  name: string;
  address: string | null;
  prescriberName: (supply: Supply) => string | null;
  prescriptionRef: string | null;
}

/**
 * Hands medicines over, from a finished visit's prescription or as a sale without one. Each is
 * one unit of work: the stock taken per batch (earliest expiry first unless the dispenser chose
 * and said why), the dispensed lines, the Prescription Book entries and the charge lines billing
 * invoices. Anything refused — more than is owed, out of stock, an expired batch, a controlled
 * medicine in the wrong hands — refuses the whole dispensing.
 */
export class DispensingService {
  constructor(
    private readonly prescriptions: PrescriptionsService,
    private readonly medicines: MedicinesService,
    private readonly stock: StockService,
    private readonly registers: RegistersService,
    private readonly patients: PatientDirectory,
    private readonly users: UsersService,
    private readonly handOn: HandOn,
    private readonly dispensed: DispensedSoFar,
  ) {}

  async dispense(uow: UnitOfWork, raw: DispenseInput): Promise<DispensingResult> {
    const input = dispenseInputSchema.parse(raw);
    const { visit, lines } = await this.prescriptions.toDispense(uow, input.visitId);
    const byId = new Map(lines.map((line) => [line.id, line]));
    const wanted = input.lines.map((request) => {
      const line = byId.get(request.prescriptionLineId);
      if (!line) throw new AppError('NOT_FOUND', { entity: 'prescription', id: request.prescriptionLineId });
      return { request, line };
    });
    const owed = owedOf(lines, await this.dispensed.quantities(uow, lines.map((line) => line.id)));
    for (const { request, line } of wanted) {
      const left = owed.get(line.id) ?? 0;
      if (request.quantity > left) throw new AppError('DISPENSE_MORE_THAN_OWED', { medicine: line.medicineLabel, owed: left, unit: line.quantityUnit, fields: ['quantity'] });
    }
    const findings = await this.prescriptions.findingsAtDispensing(uow, visit, wanted.map(({ line }) => line));
    if ([...findings.values()].some((found) => found.length > 0) && !input.findingsSeen) throw new AppError('DISPENSING_FINDINGS_UNSEEN', { fields: ['findingsSeen'] });

    const identity = await this.patients.identityOf(uow, visit.patientId);
    const firstSerials = await this.dispensed.firstSerials(uow, wanted.map(({ line }) => line.id));
    const result = await this.supply(uow, { kind: 'prescription', visitId: visit.id, patientId: visit.patientId, buyerName: null, buyerAddress: null }, wanted.map(({ request, line }) => ({ ...request, medicineId: line.medicineId, directions: '' })), {
      patientId: visit.patientId,
      name: identity.fullName,
      address: null,
      prescriberName: (supply) => byId.get(supply.prescriptionLineId ?? '')?.prescribedByName ?? null,
      prescriptionRef: visit.ticketNo,
    }, firstSerials);
    const owedAfter = [...owed].filter(([id, left]) => left - (input.lines.find((request) => request.prescriptionLineId === id)?.quantity ?? 0) > 0).length;
    const handedTo = await this.handOn.fromDispensary(uow, visit);
    await uow.audit({
      action: 'dispensing.dispense',
      entity: 'dispensing',
      entityId: result.dispensingId,
      after: { visitId: visit.id, patientId: visit.patientId, ticketNo: visit.ticketNo, lines: result.lines.map((line) => `${line.medicineLabel} × ${line.quantity}`), owedLines: owedAfter, findingsSeen: input.findingsSeen },
    });
    return { ...result, owedLines: owedAfter, handedTo };
  }

  /** An over-the-counter sale to a walk-in buyer: OTC medicines freely, a Group C poison with the buyer's address, nothing prescription-only. */
  async sell(uow: UnitOfWork, raw: SaleInput): Promise<DispensingResult> {
    const input = saleInputSchema.parse(raw);
    if (input.buyer.patientId) await this.patients.assertActive(uow, input.buyer.patientId);
    const medicines = await this.medicines.getMany(uow, input.lines.map((line) => line.medicineId));
    for (const line of input.lines) {
      const medicine = medicines.get(line.medicineId)!;
      assertSaleAllowed(medicine.legalClass, input.buyer.address, medicineLabel(medicine));
    }
    const result = await this.supply(uow, { kind: 'sale', visitId: null, patientId: input.buyer.patientId, buyerName: input.buyer.name, buyerAddress: input.buyer.address }, input.lines.map((line) => ({ ...line, prescriptionLineId: null })), {
      patientId: input.buyer.patientId,
      name: input.buyer.name,
      address: input.buyer.address,
      prescriberName: () => null,
      prescriptionRef: null,
    }, new Map());
    await uow.audit({
      action: 'dispensing.sell',
      entity: 'dispensing',
      entityId: result.dispensingId,
      after: { buyer: input.buyer.name, patientId: input.buyer.patientId, lines: result.lines.map((line) => `${line.medicineLabel} × ${line.quantity}`) },
    });
    return { ...result, owedLines: 0, handedTo: null };
  }

  private async supply(
    uow: UnitOfWork,
    header: Pick<DispensingRecord, 'kind' | 'visitId' | 'patientId' | 'buyerName' | 'buyerAddress'>,
    supplies: Supply[],
    recipient: Recipient,
    firstSerials: ReadonlyMap<string, string>,
  ): Promise<Omit<DispensingResult, 'owedLines' | 'handedTo'>> {
    const actor = uow.actor?.userId ?? null;
    const dispenser = { roles: actor ? await this.users.rolesOf(uow, actor) : [], name: actor ? ((await this.users.namesOf(uow, [actor])).get(actor) ?? actor) : 'ClinicDesk' };
    const dispensing: DispensingRecord = { id: uuidv7(), ...header, dispensedBy: uow.actor?.userId ?? null, dispensedAt: uow.now.toISOString(), status: 'done', reversedReason: null, reversedBy: null, reversedAt: null };
    await uow.db.getRepository(DispensingEntity).insert(dispensing);
    const medicines = await this.medicines.getMany(uow, supplies.map((supply) => supply.medicineId));
    const written: { line: DispensedLineRecord; charge: ChargeLineRecord }[] = [];
    for (const supply of supplies) written.push(await this.supplyLine(uow, dispensing, { ...supply, medicine: medicines.get(supply.medicineId)! }, recipient, dispenser, firstSerials));
    await uow.db.getRepository(DispensedLineEntity).insert(written.map(({ line }) => line));
    await uow.db.getRepository(ChargeLineEntity).insert(written.map(({ charge }) => charge));
    const lines: DispensedLine[] = written.map(({ line }) => ({ id: line.id, medicineLabel: line.medicineLabel, quantity: line.quantity, unit: line.unit, takes: line.takes, registerSerial: line.registerSerial }));
    await uow.raise('medicines.dispensed', { dispensingId: dispensing.id, visitId: dispensing.visitId });
    return { dispensingId: dispensing.id, lines };
  }

  /** Takes one line's stock and writes its register entries; the dispensed line and its charge come back to be written with the others. */
  private async supplyLine(uow: UnitOfWork, dispensing: DispensingRecord, supply: Supply & { medicine: Medicine }, recipient: Recipient, dispenser: { roles: readonly RoleKey[]; name: string }, firstSerials: ReadonlyMap<string, string>): Promise<{ line: DispensedLineRecord; charge: ChargeLineRecord }> {
    const { roles, name: dispenserName } = dispenser;
    const { medicine } = supply;
    const label = medicineLabel(medicine);
    assertMayHandOver(medicine.legalClass, roles, label);
    // FEFO's plan is only needed to tell a real choice from one that matches it.
    const fefo = supply.takes ? (await this.stock.plan(uow, medicine.id, supply.quantity)).takes : [];
    const takes = chosenTakes(fefo, supply.takes, supply.batchReason, label);
    const reference = { kind: dispensing.kind === 'sale' ? ('otc-sale' as const) : ('dispensing' as const), id: dispensing.id, label: recipient.name };
    const taken = await this.stock.issue(uow, { medicineId: medicine.id, quantity: supply.quantity, takes: takes ?? undefined, kind: dispensing.kind === 'sale' ? 'sale' : 'dispense', reference });
    const record: DispensedLineRecord = {
      id: uuidv7(),
      dispensingId: dispensing.id,
      prescriptionLineId: supply.prescriptionLineId,
      medicineId: medicine.id,
      medicineLabel: label,
      legalClass: medicine.legalClass,
      quantity: supply.quantity,
      unit: medicine.dispensingUnit,
      takes: taken.map(({ batchId, batchNo, expiryDate, quantity }) => ({ batchId, batchNo, expiryDate, quantity })),
      batchReason: takes ? supply.batchReason : null,
      directions: supply.directions,
      registerSerial: null,
    };
    const { serial } = await this.registers.recordSupply(uow, {
      date: uow.clock.today(),
      medicineId: medicine.id,
      medicineLabel: label,
      legalClass: medicine.legalClass,
      quantity: supply.quantity,
      unit: medicine.dispensingUnit,
      patientName: recipient.name,
      patientAddress: recipient.address,
      prescriberName: recipient.prescriberName(supply),
      prescriptionRef: recipient.prescriptionRef,
      repeatOf: supply.prescriptionLineId ? (firstSerials.get(supply.prescriptionLineId) ?? null) : null,
      dispensedBy: dispenserName,
      dispensingId: dispensing.id,
      dispensingLineId: record.id,
    });
    record.registerSerial = serial;
    const charge: ChargeLineRecord = {
      id: uuidv7(),
      sourceKind: 'dispensing',
      sourceId: record.id,
      dispensingId: dispensing.id,
      visitId: dispensing.visitId,
      patientId: recipient.patientId,
      medicineId: medicine.id,
      description: label,
      quantity: supply.quantity,
      unitPriceSen: await this.medicines.priceFor(uow, medicine.id, null),
      status: 'to-charge',
      createdAt: dispensing.dispensedAt,
    };
    return { line: record, charge };
  }
}
