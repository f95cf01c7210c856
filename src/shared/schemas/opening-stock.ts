import { z } from 'zod';

/**
 * Opening stock from a CSV file (the count a clinic starts with, or another system's stock list):
 * one row per batch, its medicine named by code or by generic name and strength.
 */
export const OPENING_STOCK_FIELDS = ['code', 'generic', 'strength', 'batchNo', 'expiryDate', 'quantity', 'unitCost', 'shelf'] as const;
export type OpeningStockField = (typeof OPENING_STOCK_FIELDS)[number];
export const OPENING_STOCK_REQUIRED: readonly OpeningStockField[] = ['batchNo', 'expiryDate', 'quantity', 'unitCost'];

const columnSchema = z.string().trim().min(1).max(200);
export const openingStockMappingSchema = z
  .object({
    code: columnSchema.optional(),
    generic: columnSchema.optional(),
    strength: columnSchema.optional(),
    batchNo: columnSchema,
    expiryDate: columnSchema,
    quantity: columnSchema,
    unitCost: columnSchema,
    shelf: columnSchema.optional(),
  })
  .refine((m) => m.code !== undefined || (m.generic !== undefined && m.strength !== undefined), { path: ['code'], message: 'the medicine needs its code, or its generic name and strength' });
export type OpeningStockMapping = z.infer<typeof openingStockMappingSchema>;

/** A stock list is at most a few thousand batches; the same bound as a medicine list. */
export const OPENING_STOCK_MAX_CHARS = 512 * 1024;
export const openingStockInputSchema = z.object({
  csv: z.string().min(1).max(OPENING_STOCK_MAX_CHARS),
  mapping: openingStockMappingSchema,
  hasHeader: z.boolean().default(true),
});
export type OpeningStockInput = z.input<typeof openingStockInputSchema>;

/** Why a row is left out; `field` names the field at fault. */
export const OPENING_STOCK_REASONS = ['missing', 'unknownMedicine', 'ambiguousMedicine', 'badDate', 'expired', 'badQuantity', 'badCost', 'tooLong'] as const;
export type OpeningStockReason = (typeof OPENING_STOCK_REASONS)[number];

export interface OpeningStockRow {
  /** The record's row in a spreadsheet, the header being row 1 when there is one. */
  row: number;
  medicine: string;
  batchNo: string;
  expiryDate: string;
  quantity: number | null;
  unitCostSen: number | null;
  shelf: string | null;
  rejections: Array<{ reason: OpeningStockReason; field: OpeningStockField; value: string }>;
}

export interface OpeningStockPreview {
  rows: number;
  valid: number;
  rejected: OpeningStockRow[];
  /** The first valid rows as they will be received. */
  sample: OpeningStockRow[];
  /** The value at cost of the valid rows. */
  valueSen: number;
}

export interface OpeningStockResult {
  received: number;
  valueSen: number;
}
