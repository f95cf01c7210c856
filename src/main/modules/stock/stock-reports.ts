import { addDays } from '../../../shared/clinic-time';
import { medicineLabel, type Medicine } from '../../../shared/schemas/medicines';
import type { StockBatch, StockItem, StockItemsInput, StockValuation } from '../../../shared/schemas/stock';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import { StockBatchEntity } from './entities';
import { toBatch, type StockService } from './stock-service';

export interface ExpiringBatch extends StockBatch {
  label: string;
}

/** What the stock screen lists: items with their usable and expired units, expiry alerts, valuation at cost. */
export class StockReports {
  constructor(
    private readonly stock: StockService,
    private readonly medicines: MedicinesService,
  ) {}

  /**
   * Medicines with stock (or, with the 'low' filter, without usable stock: the reorder levels of the
   * medicine master will sharpen "low" once they exist). 'expiring' = usable stock expiring within
   * `days` (30 unless given); 'expired' = expired units still waiting for a write-off.
   */
  async items(uow: UnitOfWork, input: StockItemsInput): Promise<StockItem[]> {
    const today = uow.clock.today();
    const horizon = addDays(today, input.days ?? 30);
    const words = (input.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const medicines = (await this.medicines.list(uow, false)).filter((m) => words.every((w) => medicineLabel(m).toLowerCase().includes(w)));
    const rows = await uow.db.query<Array<{ medicineId: string; usable: number; expired: number; nextExpiry: string | null; valueSen: number }>>(
      `SELECT medicine_id AS medicineId,
              SUM(CASE WHEN expiry_date >= ? THEN on_hand ELSE 0 END) AS usable,
              SUM(CASE WHEN expiry_date < ? THEN on_hand ELSE 0 END) AS expired,
              MIN(CASE WHEN expiry_date >= ? THEN expiry_date END) AS nextExpiry,
              SUM(on_hand * unit_cost_sen) AS valueSen
         FROM stock_batches WHERE on_hand > 0 GROUP BY medicine_id`,
      [today, today, today],
    );
    const byMedicine = new Map(rows.map((row) => [row.medicineId, row]));
    const items = medicines.map((m) => toItem(m, byMedicine.get(m.id)));
    const keep: Record<StockItemsInput['filter'], (item: StockItem) => boolean> = {
      all: (item) => item.usable + item.expired > 0 || words.length > 0,
      low: (item) => item.usable === 0,
      expiring: (item) => item.nextExpiry !== null && item.nextExpiry <= horizon,
      expired: (item) => item.expired > 0,
    };
    return items.filter(keep[input.filter]);
  }

  /** Batches with usable stock that expire within `days`, soonest first. */
  async expiring(uow: UnitOfWork, days: number): Promise<ExpiringBatch[]> {
    const today = uow.clock.today();
    const rows = await uow.db
      .getRepository(StockBatchEntity)
      .createQueryBuilder('b')
      .where('b.on_hand > 0 AND b.expiry_date >= :today AND b.expiry_date <= :horizon', { today, horizon: addDays(today, days) })
      .orderBy('b.expiry_date', 'ASC')
      .getMany();
    const labels = await this.labels(uow);
    return rows.map((b) => ({ ...toBatch(b, today), label: labels.get(b.medicineId) ?? '' }));
  }

  /** Stock at cost, each batch at its own unit cost (FEFO layers), per medicine and in total. */
  async valuation(uow: UnitOfWork): Promise<StockValuation> {
    const values = await this.stock.valuation(uow);
    const labels = await this.labels(uow);
    const items = [...values].map(([medicineId, v]) => ({ medicineId, label: labels.get(medicineId) ?? medicineId, units: v.units, valueSen: v.valueSen })).sort((a, b) => a.label.localeCompare(b.label));
    return { totalSen: items.reduce((sum, item) => sum + item.valueSen, 0), items };
  }

  private async labels(uow: UnitOfWork): Promise<Map<string, string>> {
    return new Map((await this.medicines.list(uow, true)).map((m) => [m.id, medicineLabel(m)]));
  }
}

function toItem(medicine: Medicine, row: { usable: number; expired: number; nextExpiry: string | null; valueSen: number } | undefined): StockItem {
  return {
    medicineId: medicine.id,
    label: medicineLabel(medicine),
    dispensingUnit: medicine.dispensingUnit,
    usable: Number(row?.usable ?? 0),
    expired: Number(row?.expired ?? 0),
    nextExpiry: row?.nextExpiry ?? null,
    valueSen: Number(row?.valueSen ?? 0),
  };
}
