import { guessColumns } from './csv-columns';
import { OPENING_STOCK_FIELDS, type OpeningStockField } from './schemas/opening-stock';

/** Header words stock lists use, English and Malay, compared without case, spaces or punctuation. */
const HEADER_GUESSES: Record<OpeningStockField, readonly string[]> = {
  code: ['code', 'itemcode', 'drugcode', 'kod', 'koditem', 'sku'],
  generic: ['generic', 'genericname', 'generik', 'namagenerik', 'drug', 'drugname', 'name', 'nama', 'ubat'],
  strength: ['strength', 'kekuatan'],
  batchNo: ['batch', 'batchno', 'batchnumber', 'lot', 'lotno', 'kelompok', 'nokelompok'],
  expiryDate: ['expiry', 'expirydate', 'exp', 'expdate', 'tarikhluput', 'luput'],
  quantity: ['quantity', 'qty', 'onhand', 'stock', 'kuantiti', 'bilangan', 'baki'],
  unitCost: ['unitcost', 'cost', 'costrm', 'unitcostrm', 'kos', 'kosrm', 'kosunit', 'kosseunit', 'kosseunitrm', 'hargakos'],
  shelf: ['shelf', 'location', 'bin', 'rak', 'lokasi'],
};

/** A first mapping from a stock list's header row, for the user to correct. */
export function guessOpeningStockMapping(columns: readonly string[]): Partial<Record<OpeningStockField, string>> {
  return guessColumns(columns, HEADER_GUESSES, OPENING_STOCK_FIELDS);
}
