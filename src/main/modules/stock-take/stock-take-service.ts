import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Medicine } from '../../../shared/schemas/medicines';
import type { RecordCountInput, StockTakeLine, StockTakeSheet, StockTakeSummary } from '../../../shared/schemas/stock-take';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import { StockTakeEntity, StockTakeLineEntity, type StockTakeLineRecord, type StockTakeRecord } from './entities';
import type { LedgerBatch, StockLedger } from './stock-ledger';
import { varianceOf, varianceTotals } from './variance';

const SEQUENCE = 'stock-take';

/**
 * Stock takes: freeze a count sheet, count, post. The sheet copies what each batch held at the
 * freeze; posting compares each count with what the records hold at posting (see variance.ts)
 * and writes one count-difference adjustment per differing batch, all in the request's one unit
 * of work, so a refused or failed posting changes no stock at all.
 */
export class StockTakeService {
  constructor(
    private readonly stock: StockLedger,
    private readonly medicines: MedicinesService,
  ) {}

  async list(uow: UnitOfWork): Promise<StockTakeSummary[]> {
    const takes = await uow.db.getRepository(StockTakeEntity).find({ order: { frozenAt: 'DESC' }, take: 200 });
    const counts = await this.lineCounts(uow, takes.map((t) => t.id));
    return takes.map((take) => summaryOf(take, counts.get(take.id) ?? { lines: 0, counted: 0 }));
  }

  /** Freezes a count sheet of every batch holding stock, in the store or on one shelf. */
  async start(uow: UnitOfWork, shelf: string | null): Promise<StockTakeSheet> {
    const medicines = await this.medicines.list(uow, true);
    const byId = new Map(medicines.map((m) => [m.id, m]));
    // One query finds the medicines holding any stock (expired included: it is on the shelf too), so only their batches are read.
    const held = await this.stock.onHand(uow, medicines.map((m) => m.id));
    const stocked = medicines.filter((m) => (held.get(m.id)?.usable ?? 0) + (held.get(m.id)?.expired ?? 0) > 0);
    const batches: LedgerBatch[] = [];
    for (const medicine of stocked) {
      for (const batch of await this.stock.batches(uow, medicine.id)) {
        if (batch.onHand > 0 && (shelf === null || sameShelf(batch.shelf, shelf))) batches.push(batch);
      }
    }
    if (batches.length === 0) throw new AppError('STOCK_TAKE_NOTHING_TO_COUNT', { shelf: shelf ?? '' });
    const at = uow.now.toISOString();
    const by = uow.actor?.userId ?? null;
    const take: StockTakeRecord = {
      id: uuidv7(),
      number: humanNumber('ST', await nextInSequence(uow.db, SEQUENCE)),
      shelf,
      status: 'counting',
      frozenAt: at,
      frozenBy: by,
      postedAt: null,
      postedBy: null,
      createdAt: at,
      updatedAt: at,
    };
    await uow.db.getRepository(StockTakeEntity).insert(take);
    const lines = batches.map((batch) => lineOf(take.id, batch, byId.get(batch.medicineId)));
    await uow.db.getRepository(StockTakeLineEntity).insert(lines);
    await uow.audit({ action: 'stockTake.start', entity: 'stockTake', entityId: take.id, after: { number: take.number, shelf, lines: lines.length } });
    return this.sheet(uow, take.id);
  }

  async sheet(uow: UnitOfWork, id: string): Promise<StockTakeSheet> {
    const take = await this.take(uow, id);
    const records = await uow.db.getRepository(StockTakeLineEntity).find({ where: { stockTakeId: id }, order: { shelf: 'ASC', medicineLabel: 'ASC', expiryDate: 'ASC' } });
    const onHand = take.status === 'counting' ? await this.onHandNow(uow, records) : new Map<string, number>();
    const lines = records.map((record) => lineView(record, take.status === 'counting' ? (onHand.get(record.batchId) ?? 0) : (record.onHandAtPost ?? record.expected)));
    const counted = lines.flatMap((line) => (line.counted === null ? [] : [{ ...line, counted: line.counted }]));
    return { ...summaryOf(take, { lines: lines.length, counted: counted.length }), lines, totals: varianceTotals(counted) };
  }

  async recordCount(uow: UnitOfWork, input: RecordCountInput): Promise<StockTakeLine> {
    const repo = uow.db.getRepository(StockTakeLineEntity);
    const line = await repo.findOneBy({ id: input.lineId });
    if (!line) throw new AppError('NOT_FOUND', { entity: 'stockTakeLine', id: input.lineId });
    const take = await this.take(uow, line.stockTakeId);
    assertCounting(take);
    const before = line.counted;
    line.counted = input.counted;
    line.countedBy = input.counted === null ? null : (uow.actor?.userId ?? null);
    line.countedAt = input.counted === null ? null : uow.now.toISOString();
    await repo.update({ id: line.id }, { counted: line.counted, countedBy: line.countedBy, countedAt: line.countedAt });
    await uow.audit({ action: 'stockTake.count', entity: 'stockTake', entityId: take.id, before: { batchNo: line.batchNo, counted: before }, after: { medicine: line.medicineLabel, batchNo: line.batchNo, counted: line.counted } });
    const onHand = await this.onHandNow(uow, [line]);
    return lineView(line, onHand.get(line.batchId) ?? 0);
  }

  /**
   * Posts every difference as a count-difference adjustment. Refuses a take already posted or
   * cancelled, and a sheet with lines not counted yet (a line the counter could not find is
   * counted as 0, on purpose, not left blank).
   */
  async post(uow: UnitOfWork, id: string): Promise<StockTakeSheet> {
    const take = await this.take(uow, id);
    assertCounting(take);
    const lines = await uow.db.getRepository(StockTakeLineEntity).findBy({ stockTakeId: id });
    const uncounted = lines.filter((line) => line.counted === null).length;
    if (uncounted > 0) throw new AppError('STOCK_TAKE_NOT_ALL_COUNTED', { uncounted, number: take.number });
    // The status moves first and only from 'counting': a second posting racing this one finds it taken.
    const at = uow.now.toISOString();
    const moved = await uow.db.query<unknown[]>(`UPDATE stock_takes SET status = 'posted', posted_at = ?, posted_by = ?, updated_at = ? WHERE id = ? AND status = 'counting' RETURNING id`, [at, uow.actor?.userId ?? null, at, id]);
    if (moved.length === 0) throw new AppError('STOCK_TAKE_ALREADY_POSTED', { number: take.number });
    const onHand = await this.onHandNow(uow, lines);
    const reference = { kind: 'stock-take' as const, id, label: take.number };
    let adjusted = 0;
    for (const line of lines) {
      const now = onHand.get(line.batchId) ?? 0;
      const { units } = varianceOf({ expected: line.expected, movedSinceFreeze: now - line.expected, counted: line.counted ?? 0, unitCostSen: line.unitCostSen });
      await uow.db.getRepository(StockTakeLineEntity).update({ id: line.id }, { onHandAtPost: now });
      if (units === 0) continue;
      await this.stock.adjust(uow, { batchId: line.batchId, change: units, reason: 'count-difference', note: `Stock take ${take.number}`, reference });
      adjusted += 1;
    }
    const sheet = await this.sheet(uow, id);
    await uow.audit({ action: 'stockTake.post', entity: 'stockTake', entityId: id, after: { number: take.number, lines: lines.length, adjusted, netSen: sheet.totals.netSen } });
    return sheet;
  }

  async cancel(uow: UnitOfWork, id: string): Promise<StockTakeSummary> {
    const take = await this.take(uow, id);
    assertCounting(take);
    await uow.db.getRepository(StockTakeEntity).update({ id }, { status: 'cancelled', updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'stockTake.cancel', entity: 'stockTake', entityId: id, after: { number: take.number } });
    const counts = await this.lineCounts(uow, [id]);
    return summaryOf({ ...take, status: 'cancelled' }, counts.get(id) ?? { lines: 0, counted: 0 });
  }

  private async take(uow: UnitOfWork, id: string): Promise<StockTakeRecord> {
    const take = await uow.db.getRepository(StockTakeEntity).findOneBy({ id });
    if (!take) throw new AppError('NOT_FOUND', { entity: 'stockTake', id });
    return take;
  }

  /** What each batch on the lines holds now, by batch id. */
  private async onHandNow(uow: UnitOfWork, lines: readonly StockTakeLineRecord[]): Promise<Map<string, number>> {
    const onHand = new Map<string, number>();
    for (const medicineId of new Set(lines.map((line) => line.medicineId))) {
      for (const batch of await this.stock.batches(uow, medicineId, { includeEmpty: true })) onHand.set(batch.id, batch.onHand);
    }
    return onHand;
  }

  private async lineCounts(uow: UnitOfWork, ids: string[]): Promise<Map<string, { lines: number; counted: number }>> {
    if (ids.length === 0) return new Map();
    const rows = await uow.db
      .getRepository(StockTakeLineEntity)
      .createQueryBuilder('line')
      .select('line.stockTakeId', 'id')
      .addSelect('COUNT(*)', 'lines')
      .addSelect('COUNT(line.counted)', 'counted')
      .where({ stockTakeId: In(ids) })
      .groupBy('line.stockTakeId')
      .getRawMany<{ id: string; lines: number; counted: number }>();
    return new Map(rows.map((row) => [row.id, { lines: Number(row.lines), counted: Number(row.counted) }]));
  }
}

function assertCounting(take: StockTakeRecord): void {
  if (take.status === 'posted') throw new AppError('STOCK_TAKE_ALREADY_POSTED', { number: take.number });
  if (take.status === 'cancelled') throw new AppError('STOCK_TAKE_CANCELLED', { number: take.number });
}

/** Shelves are typed by hand on labels and receipts: "a-01" and "A-01 " are the same shelf. */
function sameShelf(shelf: string | null, wanted: string): boolean {
  return (shelf ?? '').trim().toUpperCase() === wanted.trim().toUpperCase();
}

function lineOf(stockTakeId: string, batch: LedgerBatch, medicine: Medicine | undefined): StockTakeLineRecord {
  return {
    id: uuidv7(),
    stockTakeId,
    batchId: batch.id,
    medicineId: batch.medicineId,
    medicineCode: medicine?.code ?? null,
    medicineLabel: medicine ? `${medicine.generic} ${medicine.strength} ${medicine.form}${medicine.brand ? ` (${medicine.brand})` : ''}` : batch.medicineId,
    batchNo: batch.batchNo,
    expiryDate: batch.expiryDate,
    shelf: batch.shelf,
    unitCostSen: batch.unitCostSen,
    expected: batch.onHand,
    counted: null,
    countedBy: null,
    countedAt: null,
    onHandAtPost: null,
  };
}

function lineView(record: StockTakeLineRecord, onHandNow: number): StockTakeLine {
  const movedSinceFreeze = onHandNow - record.expected;
  const variance = record.counted === null ? null : varianceOf({ expected: record.expected, movedSinceFreeze, counted: record.counted, unitCostSen: record.unitCostSen });
  return {
    id: record.id,
    batchId: record.batchId,
    medicineId: record.medicineId,
    medicineCode: record.medicineCode,
    medicineLabel: record.medicineLabel,
    batchNo: record.batchNo,
    expiryDate: record.expiryDate,
    shelf: record.shelf,
    unitCostSen: record.unitCostSen,
    expected: record.expected,
    movedSinceFreeze,
    counted: record.counted,
    countedAt: record.countedAt,
    varianceUnits: variance?.units ?? null,
    varianceSen: variance?.valueSen ?? null,
  };
}

function summaryOf(take: StockTakeRecord, counts: { lines: number; counted: number }): StockTakeSummary {
  return { id: take.id, number: take.number, shelf: take.shelf, status: take.status, frozenAt: take.frozenAt, postedAt: take.postedAt, lineCount: counts.lines, countedCount: counts.counted };
}
