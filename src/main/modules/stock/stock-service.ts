import { v7 as uuidv7 } from 'uuid';
import { addDays, clinicInstant } from '../../../shared/clinic-time';
import { medicineLabel } from '../../../shared/schemas/medicines';
import type { AdjustmentReason, BatchTake, MovementKind, StockBatch, StockMovement, StockReference } from '../../../shared/schemas/stock';
import type { AuditAction } from '../../../shared/audit-actions';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import { StockBatchEntity, StockMovementEntity, type StockBatchRecord, type StockMovementRecord } from './entities';
import { isExpired, planFefo, type FefoPlan } from './fefo';

export interface ReceiveInput {
  medicineId: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
  /** Free units from the supplier, received at cost 0 into the same batch. */
  bonusQuantity?: number;
  unitCostSen: number;
  supplierId?: string | null;
  shelf?: string | null;
  reference: StockReference;
}

export interface IssueInput {
  medicineId: string;
  quantity: number;
  /** Exactly these batches (the pharmacist's choice); without them, FEFO. */
  takes?: Array<{ batchId: string; quantity: number }>;
  kind: 'dispense' | 'sale';
  reference: StockReference;
}

export interface AdjustInput {
  batchId: string;
  change: number;
  reason: AdjustmentReason;
  note: string;
  reference?: StockReference;
}

export interface MovementFilter {
  medicineId?: string;
  batchId?: string;
  /** yyyy-mm-dd, inclusive, in the clinic's days. */
  from?: string;
  to?: string;
  limit?: number;
}

/** One movement to write: the batch's on_hand moves by `quantity` (signed) in the same statement pair. */
interface Change {
  batch: StockBatchRecord;
  kind: MovementKind;
  quantity: number;
  unitCostSen: number;
  reason?: AdjustmentReason | null;
  note?: string | null;
  reference: StockReference;
}

const ADJUSTMENT_REFERENCE: StockReference = { kind: 'adjustment', id: null, label: null };

/**
 * Stock by batch and expiry. Every change is a movement row plus the batch's on_hand moved in
 * the same unit of work; taking stock is a conditional UPDATE (… WHERE on_hand >= n) whose row
 * count is checked, so a second connection that took the same last unit first leaves this one
 * with INSUFFICIENT_STOCK, never with a negative batch (the table's CHECK is the last word).
 *
 * Bonus units: received into the same batch on a movement of their own at cost 0, so a delivery's
 * movements add up to what was paid; the batch keeps the paid unit cost, and valuation values the
 * batch's units at that cost (the replacement cost, the prudent figure for a bonus that may not
 * come again).
 */
export class StockService {
  constructor(private readonly medicines: MedicinesService) {}

  async receive(uow: UnitOfWork, input: ReceiveInput): Promise<StockBatch> {
    assertWhole(input.quantity);
    const bonus = input.bonusQuantity ?? 0;
    if (bonus !== 0) assertWhole(bonus);
    if (!Number.isInteger(input.unitCostSen) || input.unitCostSen < 0) throw new AppError('VALIDATION_FAILED', { field: 'unitCostSen' });
    const today = uow.clock.today();
    if (isExpired(input.expiryDate, today)) throw new AppError('BATCH_ALREADY_EXPIRED', { batchNo: input.batchNo, expiryDate: input.expiryDate });
    await this.medicines.get(uow, input.medicineId);
    const repo = uow.db.getRepository(StockBatchEntity);
    const at = uow.now.toISOString();
    let batch = await repo.findOneBy({ medicineId: input.medicineId, batchNo: input.batchNo, expiryDate: input.expiryDate });
    if (!batch) {
      batch = { id: uuidv7(), medicineId: input.medicineId, batchNo: input.batchNo, expiryDate: input.expiryDate, unitCostSen: input.unitCostSen, supplierId: input.supplierId ?? null, shelf: input.shelf ?? null, onHand: 0, receivedAt: at, updatedAt: at };
      await repo.insert(batch);
    } else if (input.shelf && input.shelf !== batch.shelf) {
      // The newest delivery says where the batch now sits.
      await repo.update({ id: batch.id }, { shelf: input.shelf });
    }
    await this.move(uow, 'stock.receive', [
      { batch, kind: 'receipt', quantity: input.quantity, unitCostSen: input.unitCostSen, reference: input.reference },
      ...(bonus > 0 ? [{ batch, kind: 'receipt' as const, quantity: bonus, unitCostSen: 0, note: 'bonus', reference: input.reference }] : []),
    ]);
    return toBatch(await this.batch(uow, batch.id), today);
  }

  /** What an issue would take: FEFO over usable batches, the chosen batch first. Reads only. */
  async plan(uow: UnitOfWork, medicineId: string, quantity: number, options: { batchId?: string } = {}): Promise<FefoPlan> {
    assertWhole(quantity);
    const today = uow.clock.today();
    const batches = await this.batchRecords(uow, medicineId, false);
    if (options.batchId) {
      const chosen = batches.find((b) => b.id === options.batchId);
      if (!chosen) throw new AppError('BATCH_NOT_FOUND', { batchId: options.batchId });
      assertUsable(chosen, today);
    }
    return planFefo(batches, quantity, today, options.batchId);
  }

  /** Takes stock for a dispensing or a sale, all of it or none (the caller's unit of work rolls back on a refusal). */
  async issue(uow: UnitOfWork, input: IssueInput): Promise<BatchTake[]> {
    assertWhole(input.quantity);
    const today = uow.clock.today();
    // Take the store's write lock before reading, so a second connection waits here for the first to
    // finish and then reads what it left, instead of failing on a stale snapshot when it writes.
    await uow.db.query('UPDATE stock_batches SET on_hand = on_hand WHERE 0');
    const batches = await this.batchRecords(uow, input.medicineId, false);
    const takes = input.takes ? chosenTakes(batches, input, today) : planFefo(batches, input.quantity, today);
    if (takes.shortBy > 0) throw await this.insufficient(uow, input.medicineId, input.quantity - takes.shortBy);
    const byId = new Map(batches.map((b) => [b.id, b]));
    await this.move(
      uow,
      'stock.issue',
      takes.takes.map((take) => ({ batch: byId.get(take.batchId)!, kind: input.kind, quantity: -take.quantity, unitCostSen: take.unitCostSen, reference: input.reference })),
      () => this.usableOn(uow, input.medicineId, today).then((available) => this.insufficient(uow, input.medicineId, available)),
    );
    return takes.takes;
  }

  /** Puts back what an issue took (a cancelled dispensing), into the same batches at the same cost. */
  async reverse(uow: UnitOfWork, takes: BatchTake[], reference: StockReference): Promise<void> {
    // The reversal is a movement of the same kind with the opposite sign, so usage nets it out.
    const kind: MovementKind = reference.kind === 'otc-sale' ? 'sale' : 'dispense';
    const changes: Change[] = [];
    for (const take of takes) {
      assertWhole(take.quantity);
      changes.push({ batch: await this.batch(uow, take.batchId), kind, quantity: take.quantity, unitCostSen: take.unitCostSen, note: 'reversed', reference });
    }
    await this.move(uow, 'stock.reverse', changes);
  }

  /** A counted or damaged difference, with its reason and note; never below zero. */
  async adjust(uow: UnitOfWork, input: AdjustInput): Promise<void> {
    if (!Number.isInteger(input.change) || input.change === 0) throw new AppError('QUANTITY_NOT_WHOLE', { quantity: input.change });
    const note = requiredNote(input.note);
    const batch = await this.batch(uow, input.batchId);
    // Stock found on an expired batch is still only there to be written off; it never becomes usable.
    await this.move(uow, 'stock.adjust', [{ batch, kind: 'adjustment', quantity: input.change, unitCostSen: batch.unitCostSen, reason: input.reason, note, reference: input.reference ?? ADJUSTMENT_REFERENCE }]);
  }

  /** Takes a batch's stock out (expired, damaged…): all of it unless a quantity is given. */
  async writeOff(uow: UnitOfWork, input: { batchId: string; quantity?: number; reason: AdjustmentReason; note: string }): Promise<void> {
    const note = requiredNote(input.note);
    const batch = await this.batch(uow, input.batchId);
    const quantity = input.quantity ?? batch.onHand;
    assertWhole(quantity);
    await this.move(uow, 'stock.writeOff', [{ batch, kind: 'write-off', quantity: -quantity, unitCostSen: batch.unitCostSen, reason: input.reason, note, reference: ADJUSTMENT_REFERENCE }]);
  }

  async returnToSupplier(uow: UnitOfWork, input: { batchId: string; quantity: number; note: string; reference: StockReference }): Promise<void> {
    assertWhole(input.quantity);
    const batch = await this.batch(uow, input.batchId);
    await this.move(uow, 'stock.return', [{ batch, kind: 'return', quantity: -input.quantity, unitCostSen: batch.unitCostSen, note: input.note.trim() || null, reference: input.reference }]);
  }

  /** Usable (unexpired) and expired units per medicine; a medicine with no batches answers 0 and 0. */
  async onHand(uow: UnitOfWork, medicineIds: string[]): Promise<Map<string, { usable: number; expired: number }>> {
    const result = new Map(medicineIds.map((id) => [id, { usable: 0, expired: 0 }]));
    if (medicineIds.length === 0) return result;
    const rows = await uow.db
      .getRepository(StockBatchEntity)
      .createQueryBuilder('b')
      .select('b.medicine_id', 'medicineId')
      .addSelect('SUM(CASE WHEN b.expiry_date >= :today THEN b.on_hand ELSE 0 END)', 'usable')
      .addSelect('SUM(CASE WHEN b.expiry_date < :today THEN b.on_hand ELSE 0 END)', 'expired')
      .where('b.medicine_id IN (:...ids)', { ids: medicineIds })
      .andWhere('b.on_hand > 0')
      .setParameter('today', uow.clock.today())
      .groupBy('b.medicine_id')
      .getRawMany<{ medicineId: string; usable: number; expired: number }>();
    for (const row of rows) result.set(row.medicineId, { usable: Number(row.usable), expired: Number(row.expired) });
    return result;
  }

  /** A medicine's batches, earliest expiry first; empty ones only when asked. */
  async batches(uow: UnitOfWork, medicineId: string, options: { includeEmpty?: boolean } = {}): Promise<StockBatch[]> {
    const today = uow.clock.today();
    return (await this.batchRecords(uow, medicineId, options.includeEmpty ?? false)).map((b) => toBatch(b, today));
  }

  /** Movement history of a medicine or one batch, newest first. */
  async movements(uow: UnitOfWork, filter: MovementFilter): Promise<StockMovement[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const when = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    if (filter.medicineId) when('m.medicine_id = ?', filter.medicineId);
    if (filter.batchId) when('m.batch_id = ?', filter.batchId);
    if (filter.from) when('m.at >= ?', clinicInstant(filter.from, '00:00', uow.clock.zone).toISOString());
    if (filter.to) when('m.at < ?', clinicInstant(addDays(filter.to, 1), '00:00', uow.clock.zone).toISOString());
    const rows = await uow.db.query<MovementRow[]>(
      `SELECT m.*, b.batch_no FROM stock_movements m JOIN stock_batches b ON b.id = m.batch_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.at DESC, m.id DESC LIMIT ?`,
      [...params, filter.limit ?? 500],
    );
    return rows.map(toMovement);
  }

  /** Units issued (dispensed and sold, less reversals) per medicine over the last `days` days. */
  async usage(uow: UnitOfWork, days: number): Promise<Map<string, number>> {
    const since = new Date(uow.now.getTime() - days * 86_400_000).toISOString();
    const rows = await uow.db.query<Array<{ medicineId: string; used: number }>>(
      `SELECT medicine_id AS medicineId, -SUM(quantity) AS used FROM stock_movements WHERE kind IN ('dispense', 'sale') AND at >= ? GROUP BY medicine_id`,
      [since],
    );
    return new Map(rows.map((row) => [row.medicineId, Number(row.used)]));
  }

  /** What the stock a dispensing or a sale took cost, batch by batch at each batch's own cost (less anything put back). */
  async issuedCostOf(uow: UnitOfWork, referenceId: string): Promise<number> {
    const [row] = await uow.db.query<Array<{ costSen: number | null }>>(`SELECT -SUM(quantity * unit_cost_sen) AS costSen FROM stock_movements WHERE reference_id = ? AND kind IN ('dispense', 'sale')`, [referenceId]);
    return Number(row?.costSen ?? 0);
  }

  /** Every batch with stock valued at its own cost (FEFO layers), per medicine and in total. */
  async valuation(uow: UnitOfWork): Promise<Map<string, { units: number; valueSen: number }>> {
    const rows = await uow.db.query<Array<{ medicineId: string; units: number; valueSen: number }>>(
      `SELECT medicine_id AS medicineId, SUM(on_hand) AS units, SUM(on_hand * unit_cost_sen) AS valueSen FROM stock_batches WHERE on_hand > 0 GROUP BY medicine_id`,
    );
    return new Map(rows.map((row) => [row.medicineId, { units: Number(row.units), valueSen: Number(row.valueSen) }]));
  }

  private async batch(uow: UnitOfWork, id: string): Promise<StockBatchRecord> {
    const batch = await uow.db.getRepository(StockBatchEntity).findOneBy({ id });
    if (!batch) throw new AppError('BATCH_NOT_FOUND', { batchId: id });
    return batch;
  }

  private batchRecords(uow: UnitOfWork, medicineId: string, includeEmpty: boolean): Promise<StockBatchRecord[]> {
    const query = uow.db.getRepository(StockBatchEntity).createQueryBuilder('b').where('b.medicine_id = :medicineId', { medicineId });
    if (!includeEmpty) query.andWhere('b.on_hand > 0');
    return query.orderBy('b.expiry_date', 'ASC').addOrderBy('b.received_at', 'ASC').addOrderBy('b.id', 'ASC').getMany();
  }

  private async usableOn(uow: UnitOfWork, medicineId: string, today: string): Promise<number> {
    const batches = await this.batchRecords(uow, medicineId, false);
    return batches.filter((b) => !isExpired(b.expiryDate, today)).reduce((sum, b) => sum + b.onHand, 0);
  }

  private async insufficient(uow: UnitOfWork, medicineId: string, available: number): Promise<AppError> {
    return new AppError('INSUFFICIENT_STOCK', { medicine: medicineLabel(await this.medicines.get(uow, medicineId)), available });
  }

  /**
   * Writes the movements and moves each batch's on_hand by them. A take is conditional on the batch
   * still holding it; when it does not, `whenShort` says what to refuse with (STOCK_BELOW_ZERO by default).
   */
  private async move(uow: UnitOfWork, action: AuditAction, changes: Change[], whenShort?: () => Promise<AppError>): Promise<void> {
    const at = uow.now.toISOString();
    const actor = uow.actor;
    const movements: StockMovementRecord[] = [];
    for (const change of changes) {
      const result = await uow.db
        .createQueryBuilder()
        .update(StockBatchEntity)
        .set({ onHand: () => 'on_hand + :change', updatedAt: at })
        .where('id = :id AND on_hand + :change >= 0', { id: change.batch.id, change: change.quantity })
        .execute();
      if (result.affected !== 1) {
        if (whenShort) throw await whenShort();
        const now = await this.batch(uow, change.batch.id);
        throw new AppError('STOCK_BELOW_ZERO', { batchNo: now.batchNo, onHand: now.onHand });
      }
      movements.push({
        id: uuidv7(),
        batchId: change.batch.id,
        medicineId: change.batch.medicineId,
        kind: change.kind,
        quantity: change.quantity,
        unitCostSen: change.unitCostSen,
        reason: change.reason ?? null,
        note: change.note ?? null,
        referenceKind: change.reference.kind,
        referenceId: change.reference.id,
        referenceLabel: change.reference.label,
        userId: actor?.userId ?? null,
        userName: actor?.name ?? null,
        at,
      });
    }
    await uow.db.getRepository(StockMovementEntity).insert(movements);
    for (const movement of movements) {
      await uow.audit({ action, entity: 'stock', entityId: movement.batchId, after: { kind: movement.kind, quantity: movement.quantity, reason: movement.reason, note: movement.note, reference: { kind: movement.referenceKind, id: movement.referenceId, label: movement.referenceLabel } } });
    }
  }
}

function chosenTakes(batches: StockBatchRecord[], input: IssueInput, today: string): FefoPlan {
  const byId = new Map(batches.map((b) => [b.id, b]));
  const takes = (input.takes ?? []).map((take) => {
    assertWhole(take.quantity);
    const batch = byId.get(take.batchId);
    // A batch that is not this medicine's, or holds nothing now, cannot give what was chosen.
    if (!batch) return { batch: undefined, take };
    assertUsable(batch, today);
    return { batch, take };
  });
  const total = takes.reduce((sum, t) => sum + t.take.quantity, 0);
  if (total !== input.quantity) throw new AppError('VALIDATION_FAILED', { field: 'takes', reason: 'takes do not add up to the quantity' });
  const covered = takes.reduce((sum, t) => sum + Math.min(t.take.quantity, t.batch?.onHand ?? 0), 0);
  return {
    takes: takes.map(({ batch, take }) => ({ batchId: take.batchId, batchNo: batch?.batchNo ?? '', expiryDate: batch?.expiryDate ?? '', quantity: take.quantity, unitCostSen: batch?.unitCostSen ?? 0 })),
    shortBy: input.quantity - covered,
  };
}

function assertWhole(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity <= 0) throw new AppError('QUANTITY_NOT_WHOLE', { quantity });
}

function assertUsable(batch: StockBatchRecord, today: string): void {
  if (isExpired(batch.expiryDate, today)) throw new AppError('BATCH_EXPIRED', { batchNo: batch.batchNo, expiryDate: batch.expiryDate });
}

function requiredNote(note: string): string {
  const trimmed = note.trim();
  if (!trimmed) throw new AppError('VALIDATION_FAILED', { field: 'note' });
  return trimmed;
}

export function toBatch(record: StockBatchRecord, today: string): StockBatch {
  return {
    id: record.id,
    medicineId: record.medicineId,
    batchNo: record.batchNo,
    expiryDate: record.expiryDate,
    unitCostSen: record.unitCostSen,
    supplierId: record.supplierId,
    shelf: record.shelf,
    receivedAt: record.receivedAt,
    onHand: record.onHand,
    expired: isExpired(record.expiryDate, today),
  };
}

/** A stock_movements row as SQLite returns it, with its batch's number. */
interface MovementRow {
  id: string;
  batch_id: string;
  medicine_id: string;
  batch_no: string;
  kind: MovementKind;
  quantity: number;
  unit_cost_sen: number;
  reason: AdjustmentReason | null;
  note: string | null;
  reference_kind: StockReference['kind'];
  reference_id: string | null;
  reference_label: string | null;
  user_id: string | null;
  user_name: string | null;
  at: string;
}

function toMovement(row: MovementRow): StockMovement {
  return {
    id: row.id,
    batchId: row.batch_id,
    medicineId: row.medicine_id,
    batchNo: row.batch_no,
    kind: row.kind,
    quantity: row.quantity,
    unitCostSen: row.unit_cost_sen,
    reason: row.reason,
    note: row.note,
    reference: { kind: row.reference_kind, id: row.reference_id, label: row.reference_label },
    userId: row.user_id,
    userName: row.user_name,
    at: row.at,
  };
}
