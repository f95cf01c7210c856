import { fromDecimal, MoneyError } from '../../../shared/money';
import type { Medicine } from '../../../shared/schemas/medicines';
import type { OpeningStockField, OpeningStockRow } from '../../../shared/schemas/opening-stock';

/** A valid row: what the stock core receives. */
export interface OpeningBatch {
  medicineId: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
  unitCostSen: number;
  shelf: string | null;
}

/** Finds a medicine by its code, or by its generic name and its strength as printed ("500 mg" = "500MG"). */
export class MedicineFinder {
  private readonly byCode = new Map<string, Medicine>();
  private readonly byName = new Map<string, Medicine[]>();

  constructor(medicines: readonly Medicine[]) {
    for (const medicine of medicines) {
      if (medicine.code) this.byCode.set(medicine.code.toUpperCase(), medicine);
      const key = nameKey(medicine.generic, medicine.strength);
      this.byName.set(key, [...(this.byName.get(key) ?? []), medicine]);
    }
  }

  find(code: string, generic: string, strength: string): { medicine: Medicine } | { reason: 'unknownMedicine' | 'ambiguousMedicine' | 'missing' } {
    if (code !== '') {
      const medicine = this.byCode.get(code.toUpperCase());
      return medicine ? { medicine } : { reason: 'unknownMedicine' };
    }
    if (generic === '' || strength === '') return { reason: 'missing' };
    const found = this.byName.get(nameKey(generic, strength)) ?? [];
    // Paracetamol 500 mg may be a tablet and a suppository: only a code tells them apart.
    if (found.length > 1) return { reason: 'ambiguousMedicine' };
    return found[0] ? { medicine: found[0] } : { reason: 'unknownMedicine' };
  }
}

function nameKey(generic: string, strength: string): string {
  return `${generic.trim().toLowerCase()}|${strength.toLowerCase().replace(/\s+/g, '')}`;
}

/** `2027-03-31`, or day-first as Malaysian spreadsheets write it: `31/03/2027`, `31-03-2027`, `31.3.2027`. */
export function expiryOf(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** One CSV record as a batch to receive, or every reason it cannot be. */
export function openingBatchOf(
  row: number,
  cells: Record<OpeningStockField, string>,
  finder: MedicineFinder,
  today: string,
): { batch: OpeningBatch; shown: OpeningStockRow } | { shown: OpeningStockRow } {
  const rejections: OpeningStockRow['rejections'] = [];
  const reject = (reason: OpeningStockRow['rejections'][number]['reason'], field: OpeningStockField) => rejections.push({ reason, field, value: cells[field] });
  const found = finder.find(cells.code, cells.generic, cells.strength);
  if ('reason' in found) reject(found.reason, cells.code !== '' ? 'code' : 'generic');
  const batchNo = cells.batchNo;
  if (batchNo === '') reject('missing', 'batchNo');
  else if (batchNo.length > 40) reject('tooLong', 'batchNo');
  const expiryDate = expiryOf(cells.expiryDate);
  if (cells.expiryDate === '') reject('missing', 'expiryDate');
  else if (!expiryDate) reject('badDate', 'expiryDate');
  else if (expiryDate < today) reject('expired', 'expiryDate');
  const quantity = /^\d+$/.test(cells.quantity) ? Number(cells.quantity) : null;
  if (quantity === null || quantity <= 0 || quantity > 10_000_000) reject(cells.quantity === '' ? 'missing' : 'badQuantity', 'quantity');
  const unitCostSen = costOf(cells.unitCost.replace(/^RM\s*/i, ''));
  if (unitCostSen === null) reject(cells.unitCost === '' ? 'missing' : 'badCost', 'unitCost');
  const shelf = cells.shelf === '' ? null : cells.shelf.slice(0, 40);
  const shown: OpeningStockRow = {
    row,
    medicine: 'medicine' in found ? `${found.medicine.generic} ${found.medicine.strength} ${found.medicine.form}` : [cells.code, cells.generic, cells.strength].filter(Boolean).join(' '),
    batchNo,
    expiryDate: expiryDate ?? cells.expiryDate,
    quantity: quantity !== null && quantity > 0 ? quantity : null,
    unitCostSen,
    shelf,
    rejections,
  };
  if (rejections.length > 0 || !('medicine' in found) || !expiryDate || quantity === null || unitCostSen === null) return { shown };
  return { batch: { medicineId: found.medicine.id, batchNo, expiryDate, quantity, unitCostSen, shelf }, shown };
}

function costOf(text: string): number | null {
  try {
    const sen = fromDecimal(text, 'MYR').minor;
    return sen >= 0 ? sen : null;
  } catch (error) {
    if (error instanceof MoneyError) return null;
    throw error;
  }
}
