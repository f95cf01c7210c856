import type { StockTakeLine } from '../../../shared/schemas/stock-take';

/**
 * The line a scanned or typed code points at: the medicine's code (a barcode, once the medicine
 * master keeps them, is looked up the same way) or a batch number; of a medicine's several
 * batches, the first not counted yet, so scanning the next box of the same medicine moves on.
 */
export function lineForScan(lines: readonly StockTakeLine[], typed: string): StockTakeLine | null {
  const code = typed.trim().toUpperCase();
  if (code === '') return null;
  const matching = lines.filter((line) => line.medicineCode?.toUpperCase() === code || line.batchNo.toUpperCase() === code);
  return matching.find((line) => line.counted === null) ?? matching[0] ?? null;
}
