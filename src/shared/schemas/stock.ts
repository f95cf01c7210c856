import { z } from 'zod';
import { idSchema } from './common';

/**
 * Stock by batch: each delivery of a medicine with one batch number and expiry is a batch; every
 * change to a batch's stock is a movement row, never edited. Quantities are whole dispensing
 * units (tablet, ml, tube…), money integer sen.
 */

/** Why a batch's stock changed; one row in stock_movements per change, never edited. */
export const MOVEMENT_KINDS = ['receipt', 'dispense', 'sale', 'adjustment', 'write-off', 'return', 'stock-take'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const STOCK_REFERENCE_KINDS = ['dispensing', 'otc-sale', 'goods-received', 'supplier-return', 'stock-take', 'adjustment', 'opening-stock'] as const;
export type StockReferenceKind = (typeof STOCK_REFERENCE_KINDS)[number];

/** What caused a movement, shown in movement history: a dispensing, a goods-received note, a stock take… */
export interface StockReference {
  kind: StockReferenceKind;
  id: string | null;
  label: string | null;
}

export const ADJUSTMENT_REASONS = ['damaged', 'count-difference', 'expired', 'write-off', 'found', 'other'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export interface StockBatch {
  id: string;
  medicineId: string;
  batchNo: string;
  /** yyyy-mm-dd; the batch is usable through this day. */
  expiryDate: string;
  /** What the clinic paid per unit; bonus units come in at 0 on their own movement. */
  unitCostSen: number;
  supplierId: string | null;
  shelf: string | null;
  receivedAt: string;
  onHand: number;
  /** expiryDate < today */
  expired: boolean;
}

/** One batch's share of an issue. */
export interface BatchTake {
  batchId: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
  unitCostSen: number;
}

export interface StockMovement {
  id: string;
  batchId: string;
  medicineId: string;
  batchNo: string;
  kind: MovementKind;
  /** Signed: + into stock, − out of it. */
  quantity: number;
  unitCostSen: number;
  reason: AdjustmentReason | null;
  note: string | null;
  reference: StockReference;
  userId: string | null;
  userName: string | null;
  at: string;
}

export const STOCK_FILTERS = ['all', 'low', 'expiring', 'expired'] as const;
export type StockFilter = (typeof STOCK_FILTERS)[number];

export const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** One medicine on the stock screen. */
export interface StockItem {
  medicineId: string;
  label: string;
  dispensingUnit: string;
  usable: number;
  expired: number;
  /** Earliest expiry among batches with usable stock. */
  nextExpiry: string | null;
  valueSen: number;
}

export interface StockValuation {
  totalSen: number;
  items: Array<{ medicineId: string; label: string; units: number; valueSen: number }>;
}

const noteSchema = z.string().trim().min(1).max(500);
const wholeSchema = z.number().int();

export const stockItemsInputSchema = z.object({
  query: z.string().trim().max(100).optional(),
  filter: z.enum(STOCK_FILTERS).default('all'),
  days: z.union([z.literal(30), z.literal(60), z.literal(90)]).optional(),
});
export type StockItemsInput = z.infer<typeof stockItemsInputSchema>;

export const stockBatchesInputSchema = z.object({ medicineId: idSchema, includeEmpty: z.boolean().optional() });

export const stockMovementsInputSchema = z
  .object({ medicineId: idSchema.optional(), batchId: idSchema.optional(), limit: z.number().int().min(1).max(1000).optional() })
  .refine((input) => input.medicineId !== undefined || input.batchId !== undefined, { message: 'medicineId or batchId' });

export const adjustStockInputSchema = z.object({
  batchId: idSchema,
  change: wholeSchema.refine((n) => n !== 0, 'change'),
  reason: z.enum(ADJUSTMENT_REASONS),
  note: noteSchema,
});
export type AdjustStockInput = z.infer<typeof adjustStockInputSchema>;

export const writeOffStockInputSchema = z.object({
  batchId: idSchema,
  quantity: wholeSchema.positive().optional(),
  reason: z.enum(ADJUSTMENT_REASONS),
  note: noteSchema,
});
export type WriteOffStockInput = z.infer<typeof writeOffStockInputSchema>;

export const expiringInputSchema = z.object({ days: z.union([z.literal(30), z.literal(60), z.literal(90)]) });
