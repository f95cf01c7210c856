import { z } from 'zod';
import { idSchema } from './common';

/**
 * A stock take: a count sheet frozen from the stock records (the whole store or one shelf), the
 * counts entered against it, and one posting that turns every difference into a stock adjustment.
 */
export const STOCK_TAKE_STATUSES = ['counting', 'posted', 'cancelled'] as const;
export type StockTakeStatus = (typeof STOCK_TAKE_STATUSES)[number];

/** Null shelf = every batch in the store. */
export const startStockTakeInputSchema = z.object({
  shelf: z.string().trim().min(1).max(40).nullable().default(null),
});
export type StartStockTakeInput = z.input<typeof startStockTakeInputSchema>;

export const stockTakeIdInputSchema = z.object({ id: idSchema });

/** Units counted on the shelf for one line of the sheet; null clears a count entered by mistake. */
export const recordCountInputSchema = z.object({
  lineId: idSchema,
  counted: z.number().int().min(0).max(10_000_000).nullable(),
});
export type RecordCountInput = z.infer<typeof recordCountInputSchema>;

export interface StockTakeSummary {
  id: string;
  number: string;
  shelf: string | null;
  status: StockTakeStatus;
  frozenAt: string;
  postedAt: string | null;
  lineCount: number;
  countedCount: number;
}

export interface StockTakeLine {
  id: string;
  batchId: string;
  medicineId: string;
  medicineCode: string | null;
  medicineLabel: string;
  batchNo: string;
  expiryDate: string;
  shelf: string | null;
  unitCostSen: number;
  /** Units on hand when the sheet was frozen. */
  expected: number;
  /** Units the stock records gained (+) or lost (−) since the freeze: dispensing, receipts. */
  movedSinceFreeze: number;
  counted: number | null;
  countedAt: string | null;
  varianceUnits: number | null;
  varianceSen: number | null;
}

/** Totals of the variance report at cost: what was found over and what went missing. */
export interface StockTakeTotals {
  overUnits: number;
  overSen: number;
  shortUnits: number;
  shortSen: number;
  netSen: number;
}

export interface StockTakeSheet extends StockTakeSummary {
  lines: StockTakeLine[];
  totals: StockTakeTotals;
}
