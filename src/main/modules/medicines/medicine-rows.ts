import { LEGAL_CLASSES, type LegalClass } from '../../../shared/pharmacy/legal-classes';
import { parseMalNumber } from '../../../shared/pharmacy/mal-number';
import {
  barcodeSchema,
  DISPENSING_UNITS,
  FREQUENCY_KEYS,
  ITEM_KINDS,
  type ItemKind,
  MEDICINE_FORMS,
  MEDICINE_ROUTES,
  parseDose,
  parseStrength,
  saveMedicineInputSchema,
  type DispensingUnit,
  type FrequencyKey,
  type MedicineForm,
  type MedicineImportField,
  type MedicineImportRejection,
  type MedicineRoute,
  type SaveMedicineInput,
  STORAGE_PLACES,
  type StoragePlace,
  usualDispensingUnit,
  WALK_IN_TIER,
} from '../../../shared/schemas/medicines';

/**
 * One CSV record of a medicine list as the fields a save takes, or every reason it cannot be:
 * the words other systems and clinics write (`tab`, `PO`, `ON`, `TID`) read as ours.
 */
export type MedicineRow = { ok: true; fields: SaveMedicineInput } | { ok: false; rejections: MedicineImportRejection[] };

const FORM_WORDS: Record<string, MedicineForm> = {
  tab: 'tablet', tabs: 'tablet', tablets: 'tablet', tablet: 'tablet', cap: 'capsule', caps: 'capsule', capsules: 'capsule',
  syr: 'syrup', susp: 'suspension', inj: 'injection', crm: 'cream', oint: 'ointment', ung: 'ointment', drop: 'drops', gtt: 'drops',
  inh: 'inhaler', mdi: 'inhaler', supp: 'suppository', sach: 'sachet', sachets: 'sachet',
};
const ROUTE_WORDS: Record<string, MedicineRoute> = {
  po: 'oral', oral: 'oral', top: 'topical', topical: 'topical', im: 'IM', iv: 'IV', sc: 'SC', sq: 'SC', subcut: 'SC', inh: 'inhaled', inhaled: 'inhaled',
  pr: 'PR', rectal: 'PR', pv: 'PV', vaginal: 'PV', eye: 'ophthalmic', ophthalmic: 'ophthalmic', ear: 'otic', otic: 'otic', nasal: 'nasal', sl: 'sublingual', sublingual: 'sublingual',
};
const FREQUENCY_WORDS: Record<string, FrequencyKey> = {
  ...Object.fromEntries(FREQUENCY_KEYS.map((key) => [key.toLowerCase(), key])),
  qd: 'OD', daily: 'OD', bid: 'BD', tid: 'TDS', qds: 'QID', on: 'nocte', om: 'mane', sos: 'PRN', weekly: 'weekly',
};
const DISPENSING_WORDS: Record<string, DispensingUnit> = {
  ...Object.fromEntries(DISPENSING_UNITS.map((unit) => [unit.toLowerCase(), unit])),
  tab: 'tablet', tabs: 'tablet', tablets: 'tablet', cap: 'capsule', caps: 'capsule', capsules: 'capsule', btl: 'bottle', amp: 'ampoule',
};

/** The words a supplier's list or the Poisons List uses for a legal class ("Group C" is a pharmacy medicine). */
const LEGAL_CLASS_WORDS: Record<string, LegalClass> = {
  ...Object.fromEntries(LEGAL_CLASSES.map((key) => [key.toLowerCase(), key])),
  otc: 'otc', overthecounter: 'otc', groupc: 'pharmacy', c: 'pharmacy', pharmacymedicine: 'pharmacy', groupb: 'groupB', b: 'groupB',
  psychotropic: 'psychotropic', psikotropik: 'psychotropic', dd: 'dangerous', dangerousdrug: 'dangerous', dangerous: 'dangerous',
};
const ITEM_KIND_WORDS: Record<string, ItemKind> = { medicine: 'medicine', ubat: 'medicine', consumable: 'consumable', consumables: 'consumable', disposable: 'consumable', bahanguna: 'consumable' };
const STORAGE_WORDS: Record<string, StoragePlace> = { room: 'room', roomtemperature: 'room', ambient: 'room', fridge: 'fridge', refrigerator: 'fridge', peti: 'fridge', '2-8c': 'fridge', '2-8°c': 'fridge' };

/** "RM 1.50", "1.5", "0.125" → sen, rounded to the nearest sen (a unit cost from a pack price has more decimals); null when not an amount. */
function senOf(text: string): number | null {
  const match = /^(?:RM)?\s*(\d+)(?:\.(\d{0,4}))?$/i.exec(text.replace(/,/g, '').trim());
  if (!match) return null;
  return Math.round(Number(`${match[1]}.${match[2] || '0'}`) * 100);
}

const word = (text: string) => text.trim().toLowerCase().replace(/[.\s]+/g, '');

export function medicineFromRecord(record: readonly string[], columns: Partial<Record<MedicineImportField, number>>): MedicineRow {
  const cell = (field: MedicineImportField): string => {
    const index = columns[field];
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  const rejections: MedicineImportRejection[] = [];
  const reject = (reason: MedicineImportRejection['reason'], field: MedicineImportField) => rejections.push({ reason, field, value: cell(field) });

  const chosen = <T>(field: MedicineImportField, words: Record<string, T>, known: readonly string[], reason: MedicineImportRejection['reason']): T | null => {
    const text = cell(field);
    if (!text) return null;
    const found = words[word(text)] ?? (known.includes(text) ? (text as T) : known.find((k) => k.toLowerCase() === text.toLowerCase()));
    if (found === undefined) reject(reason, field);
    return (found as T | undefined) ?? null;
  };
  const number = (field: MedicineImportField, integer = false): number | null => {
    const text = cell(field).replace(/,/g, '');
    if (!text) return null;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      reject('badNumber', field);
      return null;
    }
    return value;
  };

  for (const field of ['generic', 'form', 'strength', 'route'] as const) if (!cell(field)) reject('missing', field);
  const form = chosen<MedicineForm>('form', { ...FORM_WORDS, ...Object.fromEntries(MEDICINE_FORMS.map((f) => [f, f])) }, MEDICINE_FORMS, 'unknownForm');
  const route = chosen<MedicineRoute>('route', ROUTE_WORDS, MEDICINE_ROUTES, 'unknownRoute');
  const frequency = chosen<FrequencyKey>('defaultFrequency', FREQUENCY_WORDS, FREQUENCY_KEYS, 'unknownFrequency');
  const dispensing = chosen<DispensingUnit>('dispensingUnit', DISPENSING_WORDS, DISPENSING_UNITS, 'unknownUnit');
  const strength = cell('strength') ? parseStrength(cell('strength')) : null;
  if (cell('strength') && !strength) reject('badStrength', 'strength');
  const dose = cell('defaultDose') ? parseDose(cell('defaultDose')) : null;
  if (cell('defaultDose') && !dose) reject('badDose', 'defaultDose');
  const duration = number('defaultDurationDays', true);
  const packSize = number('packSize', true);
  const childMin = number('childMinMgPerKgDay');
  const childMax = number('childMaxMgPerKgDay');
  const itemKind = chosen<ItemKind>('itemKind', ITEM_KIND_WORDS, ITEM_KINDS, 'unknownItemKind');
  const legalClass = chosen<LegalClass>('legalClass', LEGAL_CLASS_WORDS, LEGAL_CLASSES, 'unknownLegalClass');
  const storage = chosen<StoragePlace>('storage', STORAGE_WORDS, STORAGE_PLACES, 'unknownStorage');
  const mal = cell('registrationNo') ? parseMalNumber(cell('registrationNo')) : null;
  if (cell('registrationNo') && !mal) reject('badMalNumber', 'registrationNo');
  const barcodes = [...new Set(cell('barcodes').split(/[\s,;/|]+/).filter(Boolean))];
  if (barcodes.some((barcode) => !barcodeSchema.safeParse(barcode).success)) reject('badBarcode', 'barcodes');
  const money = (field: MedicineImportField): number | null => {
    if (!cell(field)) return null;
    const sen = senOf(cell(field));
    if (sen === null) reject('badMoney', field);
    return sen;
  };
  const costSen = money('costSen');
  const walkInSen = money('walkInPriceSen');
  const reorderLevel = number('reorderLevel', true);
  const reorderQuantity = number('reorderQuantity', true);
  if (rejections.length > 0 || !form || !route) return { ok: false, rejections };

  const fields: SaveMedicineInput = {
    code: cell('code') || null,
    generic: cell('generic'),
    brand: cell('brand') || null,
    form,
    strength: cell('strength'),
    strengthValue: strength?.value ?? null,
    strengthUnit: strength?.unit ?? null,
    perVolumeMl: strength?.perVolumeMl ?? null,
    dispensingUnit: dispensing ?? usualDispensingUnit(form),
    route,
    defaultDoseValue: dose?.value ?? null,
    defaultDoseUnit: dose?.unit ?? null,
    defaultFrequency: frequency,
    defaultDurationDays: duration,
    drugClass: cell('drugClass') || null,
    packSize,
    childMinMgPerKgDay: childMin,
    childMaxMgPerKgDay: childMax,
    active: true,
    // A list that does not say is held on the safe side, as the catalogue migration holds old rows.
    itemKind: itemKind ?? 'medicine',
    legalClass: legalClass ?? 'pharmacy',
    registrationNo: mal?.text ?? null,
    storage: storage ?? 'room',
    reorderLevel,
    reorderQuantity,
    costSen,
    taxCode: cell('taxCode') || null,
    barcodes,
    prices: walkInSen === null ? [] : [{ tier: WALK_IN_TIER, priceSen: walkInSen }],
  };
  // The same checks a save in Setup makes (lengths, the code's shape, min ≤ max).
  const checked = saveMedicineInputSchema.safeParse(fields);
  if (!checked.success) {
    const paths = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
    const field = (['code', 'generic', 'brand', 'strength', 'drugClass', 'childMaxMgPerKgDay', 'defaultDose', 'reorderLevel', 'reorderQuantity', 'costSen', 'taxCode', 'barcodes'] as const).find((f) => paths.has(f)) ?? 'generic';
    return { ok: false, rejections: [{ reason: 'invalid', field, value: cell(field) }] };
  }
  return { ok: true, fields: checked.data };
}
