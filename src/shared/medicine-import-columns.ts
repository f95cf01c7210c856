import { guessColumns } from './csv-columns';
import { MEDICINE_IMPORT_FIELDS, type MedicineImportField } from './schemas/medicines';

/** Header words medicine lists use, English and Malay, compared without case, spaces or punctuation. */
const HEADER_GUESSES: Record<MedicineImportField, readonly string[]> = {
  generic: ['generic', 'genericname', 'generik', 'namagenerik', 'ingredient', 'activeingredient', 'drug', 'drugname', 'name', 'nama', 'ubat'],
  brand: ['brand', 'brandname', 'tradename', 'jenama', 'product', 'productname'],
  code: ['code', 'itemcode', 'drugcode', 'kod', 'sku'],
  form: ['form', 'dosageform', 'bentuk'],
  strength: ['strength', 'kekuatan', 'dosagestrength'],
  route: ['route', 'laluan'],
  dispensingUnit: ['dispensingunit', 'unit', 'uom', 'unitdispens'],
  defaultDose: ['defaultdose', 'dose', 'dos', 'doslazim'],
  defaultFrequency: ['defaultfrequency', 'frequency', 'freq', 'kekerapan'],
  defaultDurationDays: ['defaultdurationdays', 'durationdays', 'duration', 'days', 'hari', 'tempoh'],
  drugClass: ['drugclass', 'class', 'kelas', 'kelasubat', 'category'],
  packSize: ['packsize', 'pack', 'saizpek', 'packing'],
  childMinMgPerKgDay: ['childminmgperkgday', 'childmin', 'paedmin', 'paediatricmin'],
  childMaxMgPerKgDay: ['childmaxmgperkgday', 'childmax', 'paedmax', 'paediatricmax'],
  itemKind: ['itemkind', 'kind', 'type', 'itemtype', 'jenis', 'jenisitem'],
  legalClass: ['legalclass', 'poisonclass', 'poisongroup', 'schedule', 'kelasundangundang', 'kumpulanracun'],
  registrationNo: ['registrationno', 'registrationnumber', 'malno', 'mal', 'regno', 'nopendaftaran'],
  storage: ['storage', 'store', 'penyimpanan', 'simpanan'],
  barcodes: ['barcodes', 'barcode', 'ean', 'gtin', 'kodbar'],
  costSen: ['cost', 'unitcost', 'costprice', 'kos', 'hargakos'],
  walkInPriceSen: ['walkinprice', 'price', 'sellingprice', 'retailprice', 'harga', 'hargajualan'],
  reorderLevel: ['reorderlevel', 'minlevel', 'parassemula', 'parasminimum'],
  reorderQuantity: ['reorderquantity', 'reorderqty', 'orderqty', 'kuantitipesanan'],
  taxCode: ['taxcode', 'tax', 'kodcukai'],
};

/** A first mapping from a medicine list's header row, for the user to correct; brand and code before the broad "name". */
export function guessMedicineMapping(columns: readonly string[]): Partial<Record<MedicineImportField, string>> {
  const order: MedicineImportField[] = ['brand', 'code', ...MEDICINE_IMPORT_FIELDS.filter((f) => f !== 'brand' && f !== 'code')];
  return guessColumns(columns, HEADER_GUESSES, order);
}
