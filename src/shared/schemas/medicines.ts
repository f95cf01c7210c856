import { z } from 'zod';
import { LEGAL_CLASSES } from '../pharmacy/legal-classes';
import { parseMalNumber } from '../pharmacy/mal-number';
import { idSchema } from './common';
import { DISPENSING_UNITS, DOSE_UNITS, FREQUENCY_KEYS, MEDICINE_FORMS, MEDICINE_ROUTES, STRENGTH_UNITS, type DispensingUnit, type DoseUnit, type MedicineForm, type StrengthUnit } from './medicine-vocabulary';

export * from './medicine-vocabulary';

/**
 * The clinic's medicine master and the presets a prescription line is built from, grown into the
 * pharmacy's catalogue: legal class, registration number, storage, reorder level, cost, barcodes and
 * selling prices. Stock and batches are the stock module's, keyed by medicine id. Consumables
 * (syringes, gauze, gloves) live here too: stocked and charged, never prescribed.
 */
/** A medicine is prescribed and dispensed; a consumable is used or sold, never prescribed. */
export const ITEM_KINDS = ['medicine', 'consumable'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Where the item is kept: the fridge list matters for the cold chain and stock takes by shelf. */
export const STORAGE_PLACES = ['room', 'fridge'] as const;
export type StoragePlace = (typeof STORAGE_PLACES)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
const positive = z.number().positive().max(1_000_000);
/** Whole dispensing units (stock is counted in them). */
const wholeUnits = z.number().int().min(0).max(10_000_000);
/** Money in sen: RM 1.50 is 150. */
export const senSchema = z.number().int().min(0).max(1_000_000_000);

/** A MAL number as typed, kept as printed without spaces; null when blank; refused when it is not one. */
const registrationNoSchema = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((typed, ctx) => {
    if (!typed) return null;
    const mal = parseMalNumber(typed);
    if (mal) return mal.text;
    ctx.addIssue({ code: 'custom', message: 'MAL, 8 digits and a category letter (A, X, T, N or H)' });
    return z.NEVER;
  });

/** A clinic's short code: letters, digits and dashes, kept in capitals. */
export const medicineCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{0,23}$/);

const medicineFieldsSchema = z.object({
  code: medicineCodeSchema.nullish().transform((value) => value ?? null),
  /** The generic (ingredient) name, lower-case as interaction data names drugs. */
  generic: z.string().trim().toLowerCase().min(2).max(120),
  brand: optionalText(120),
  form: z.enum(MEDICINE_FORMS),
  /** As printed on the pack: "500 mg", "250 mg/5 ml". */
  strength: z.string().trim().min(1).max(60),
  /** The strength as numbers, for dose arithmetic: `strengthValue` `strengthUnit` in each `perVolumeMl` ml (liquids) or each unit. */
  strengthValue: positive.nullable(),
  strengthUnit: z.enum(STRENGTH_UNITS).nullable(),
  perVolumeMl: positive.nullable(),
  dispensingUnit: z.enum(DISPENSING_UNITS),
  route: z.enum(MEDICINE_ROUTES),
  defaultDoseValue: positive.nullable(),
  defaultDoseUnit: z.enum(DOSE_UNITS).nullable(),
  defaultFrequency: z.enum(FREQUENCY_KEYS).nullable(),
  defaultDurationDays: z.number().int().min(1).max(365).nullable(),
  drugClass: optionalText(80),
  packSize: z.number().int().min(1).max(100_000).nullable(),
  /** Children's daily dose range in mg per kg, where a reference gives one: the weight-based dose check uses it. */
  childMinMgPerKgDay: positive.nullable(),
  childMaxMgPerKgDay: positive.nullable(),
  active: z.boolean(),
  // The pharmacy's fields; defaults are the safe side for a caller that predates them (see the 1797811200000 migration).
  itemKind: z.enum(ITEM_KINDS).default('medicine'),
  legalClass: z.enum(LEGAL_CLASSES).default('pharmacy'),
  registrationNo: registrationNoSchema.default(null),
  storage: z.enum(STORAGE_PLACES).default('room'),
  /** At or below this many dispensing units in usable stock the item is on the reorder list. */
  reorderLevel: wholeUnits.nullable().default(null),
  /** How many dispensing units a reorder asks for. */
  reorderQuantity: wholeUnits.min(1).nullable().default(null),
  /** The last known cost of one dispensing unit, in sen; each batch keeps its own cost in the stock module. */
  costSen: senSchema.nullable().default(null),
  /** For billing's tax lines (the service tax rules live there). */
  taxCode: optionalText(20).default(null),
});

/** A barcode as scanned (EAN-13, GTIN-14, a clinic's own label): printable, no spaces. */
export const barcodeSchema = z.string().trim().regex(/^[\x21-\x7e]{4,48}$/);

/** The tier a selling price is for: a walk-in (cash) buyer, or a panel's id for its members. */
export const WALK_IN_TIER = 'walk-in';
export const priceTierSchema = z.union([z.literal(WALK_IN_TIER), idSchema]);
export const medicinePriceSchema = z.object({ tier: priceTierSchema, priceSen: senSchema });
export type MedicinePriceInput = z.infer<typeof medicinePriceSchema>;

/** A price as Setup shows it: the panel's name beside its id (null for walk-in). */
export interface MedicinePrice {
  tier: string;
  panelName: string | null;
  priceSen: number;
}

export const medicineSchema = medicineFieldsSchema.extend({
  id: idSchema,
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Every barcode a pack of this item carries; a barcode names one item only. */
  barcodes: z.array(z.string()),
});
export type Medicine = z.infer<typeof medicineSchema>;

/**
 * A new medicine (no id) or a change to one (id and the version the editor started from).
 * `barcodes` and `prices`, when given, replace the ones held; left out, they stay as they are.
 */
export const saveMedicineInputSchema = medicineFieldsSchema
  .extend({
    id: idSchema.optional(),
    version: z.number().int().min(1).optional(),
    barcodes: z.array(barcodeSchema).max(20).optional(),
    prices: z.array(medicinePriceSchema).max(200).optional(),
  })
  .refine((m) => (m.defaultDoseValue === null) === (m.defaultDoseUnit === null), { path: ['defaultDoseUnit'], message: 'a dose needs its unit' })
  .refine((m) => (m.strengthValue === null) === (m.strengthUnit === null), { path: ['strengthUnit'], message: 'a strength needs its unit' })
  .refine((m) => m.childMinMgPerKgDay === null || m.childMaxMgPerKgDay === null || m.childMinMgPerKgDay <= m.childMaxMgPerKgDay, {
    path: ['childMaxMgPerKgDay'],
    message: 'the maximum is below the minimum',
  })
  .refine((m) => !m.id || m.version !== undefined, { path: ['version'], message: 'a change names the version it started from' })
  .refine((m) => !m.barcodes || new Set(m.barcodes).size === m.barcodes.length, { path: ['barcodes'], message: 'a barcode is listed twice' })
  .refine((m) => !m.prices || new Set(m.prices.map((p) => p.tier)).size === m.prices.length, { path: ['prices'], message: 'a tier is priced twice' });
export type SaveMedicineInput = z.input<typeof saveMedicineInputSchema>;

export const medicineSearchInputSchema = z.object({ query: z.string().trim().max(80), limit: z.number().int().min(1).max(50).default(20) });
export const medicineListInputSchema = z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false });
export const medicineIdInputSchema = z.object({ id: idSchema });
export const medicineBarcodeInputSchema = z.object({ code: barcodeSchema });

/** What the picker and search results show. */
export type MedicineChoice = Pick<Medicine, 'id' | 'code' | 'generic' | 'brand' | 'form' | 'strength' | 'route' | 'dispensingUnit' | 'drugClass' | 'defaultDoseValue' | 'defaultDoseUnit' | 'defaultFrequency' | 'defaultDurationDays'>;

/** "500 mg" → 500 mg; "250 mg/5 ml" → 250 mg per 5 ml; "1%" → 1 %. Null when the text is not one of these shapes. */
export function parseStrength(text: string): { value: number; unit: StrengthUnit; perVolumeMl: number | null } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mg|g|mcg|µg|iu|%|mmol|units?)\s*(?:\/\s*(\d+(?:\.\d+)?)?\s*ml)?\s*$/i.exec(text);
  if (!match) return null;
  const raw = match[2].toLowerCase();
  const unit = raw === 'µg' ? 'mcg' : raw === 'iu' ? 'IU' : raw.startsWith('unit') ? 'unit' : (raw as StrengthUnit);
  const perVolume = match[3] !== undefined ? Number(match[3]) : /\/\s*ml/i.test(text) ? 1 : null;
  return { value: Number(match[1]), unit, perVolumeMl: perVolume };
}

/** "500 mg" or "1 tablet" or "2.5 ml" → value and unit; null when it is not a number with a known unit. */
export function parseDose(text: string): { value: number; unit: DoseUnit } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zµ]+?)s?\s*$/i.exec(text);
  if (!match) return null;
  const unit = DOSE_UNITS.find((u) => u.toLowerCase() === match[2].toLowerCase() || (match[2].toLowerCase() === 'tab' && u === 'tablet') || (match[2].toLowerCase() === 'cap' && u === 'capsule'));
  return unit ? { value: Number(match[1]), unit } : null;
}

/** What a medicine of a form is usually handed over as, when the list does not say. */
export function usualDispensingUnit(form: MedicineForm): DispensingUnit {
  const usual: Partial<Record<MedicineForm, DispensingUnit>> = {
    tablet: 'tablet', capsule: 'capsule', syrup: 'ml', suspension: 'ml', injection: 'ampoule', cream: 'tube', ointment: 'tube',
    drops: 'bottle', suppository: 'suppository', patch: 'patch', sachet: 'sachet',
  };
  return usual[form] ?? 'unit';
}

// ---- Import from CSV --------------------------------------------------------------------------

/** The medicine fields a CSV column can be mapped to; generic, form, strength and route are required. */
export const MEDICINE_IMPORT_FIELDS = [
  'generic',
  'brand',
  'code',
  'form',
  'strength',
  'route',
  'dispensingUnit',
  'defaultDose',
  'defaultFrequency',
  'defaultDurationDays',
  'drugClass',
  'packSize',
  'childMinMgPerKgDay',
  'childMaxMgPerKgDay',
  'itemKind',
  'legalClass',
  'registrationNo',
  'storage',
  'barcodes',
  'costSen',
  'walkInPriceSen',
  'reorderLevel',
  'reorderQuantity',
  'taxCode',
] as const;
export type MedicineImportField = (typeof MEDICINE_IMPORT_FIELDS)[number];
export const MEDICINE_IMPORT_REQUIRED: readonly MedicineImportField[] = ['generic', 'form', 'strength', 'route'];

const columnSchema = z.string().trim().min(1).max(200);
export const medicineImportMappingSchema = z.object({
  generic: columnSchema,
  form: columnSchema,
  strength: columnSchema,
  route: columnSchema,
  brand: columnSchema.optional(),
  code: columnSchema.optional(),
  dispensingUnit: columnSchema.optional(),
  defaultDose: columnSchema.optional(),
  defaultFrequency: columnSchema.optional(),
  defaultDurationDays: columnSchema.optional(),
  drugClass: columnSchema.optional(),
  packSize: columnSchema.optional(),
  childMinMgPerKgDay: columnSchema.optional(),
  childMaxMgPerKgDay: columnSchema.optional(),
  itemKind: columnSchema.optional(),
  legalClass: columnSchema.optional(),
  registrationNo: columnSchema.optional(),
  storage: columnSchema.optional(),
  /** One cell, several barcodes separated by spaces, commas, semicolons or slashes. */
  barcodes: columnSchema.optional(),
  /** RM per dispensing unit with decimals ("0.12"), stored in sen. */
  costSen: columnSchema.optional(),
  walkInPriceSen: columnSchema.optional(),
  reorderLevel: columnSchema.optional(),
  reorderQuantity: columnSchema.optional(),
  taxCode: columnSchema.optional(),
});
export type MedicineImportMapping = z.infer<typeof medicineImportMappingSchema>;

/**
 * The whole file at once: a medicine list is hundreds to a few thousand rows. A character costs
 * at most 6 bytes in JSON, so this stays under the hub's 4 MiB WebSocket message.
 */
export const MEDICINE_IMPORT_MAX_CHARS = 512 * 1024;
export const medicineImportInputSchema = z.object({
  csv: z.string().min(1).max(MEDICINE_IMPORT_MAX_CHARS),
  mapping: medicineImportMappingSchema,
  hasHeader: z.boolean().default(true),
});
export type MedicineImportInput = z.input<typeof medicineImportInputSchema>;

/** Why a row is left out; `field` names the field at fault. */
export const MEDICINE_IMPORT_REASONS = ['missing', 'unknownForm', 'unknownRoute', 'unknownUnit', 'unknownFrequency', 'badNumber', 'badStrength', 'badDose', 'duplicateCodeInFile', 'duplicateCodeInStore', 'unknownItemKind', 'unknownLegalClass', 'unknownStorage', 'badMalNumber', 'badBarcode', 'badMoney', 'duplicateBarcodeInFile', 'duplicateBarcodeInStore', 'invalid'] as const;
export type MedicineImportReason = (typeof MEDICINE_IMPORT_REASONS)[number];
export interface MedicineImportRejection {
  reason: MedicineImportReason;
  field: MedicineImportField;
  /** What the row held there. */
  value: string;
}

export interface MedicineImportRow {
  /** The record's row in a spreadsheet, the header being row 1 when there is one. */
  row: number;
  generic: string;
  brand: string;
  strength: string;
  form: string;
  rejections: MedicineImportRejection[];
}

export interface MedicineImportPreview {
  rows: number;
  valid: number;
  rejected: MedicineImportRow[];
  /** The first valid rows, as they will be saved, for the user to check the mapping by. */
  sample: MedicineImportRow[];
}

export interface MedicineImportResult {
  imported: number;
  rejected: MedicineImportRow[];
}

// ---- The clinic's own interaction pairs --------------------------------------------------------

export const INTERACTION_SEVERITIES = ['high', 'moderate', 'low'] as const;
export type InteractionSeverity = (typeof INTERACTION_SEVERITIES)[number];

/** One side of a pair: named generics, or a drug class (any medicine of that class), or both. */
export const interactionSideSchema = z
  .object({
    drugs: z.array(z.string().trim().toLowerCase().min(2).max(120)).max(50),
    class: optionalText(80),
  })
  .refine((side) => side.drugs.length > 0 || side.class !== null, { path: ['drugs'], message: 'name a drug or a class' });
export type InteractionSide = z.infer<typeof interactionSideSchema>;

export const saveInteractionPairInputSchema = z.object({
  id: idSchema.optional(),
  a: interactionSideSchema,
  b: interactionSideSchema,
  severity: z.enum(INTERACTION_SEVERITIES),
  effect: z.string().trim().min(3).max(500),
  management: z.string().trim().min(3).max(500),
  active: z.boolean().default(true),
});
export type SaveInteractionPairInput = z.input<typeof saveInteractionPairInputSchema>;

/** A pair as the prescribing checks read it (the same shape as the bundled ONC pairs). */
export interface InteractionPair {
  id: string;
  a: { drugs: string[]; class: string | null };
  b: { drugs: string[]; class: string | null };
  severity: InteractionSeverity;
  effect: string;
  management: string;
  source: string;
}

/** A clinic pair as Setup lists it: who added it and whether it is still checked. */
export interface ClinicInteractionPair extends InteractionPair {
  active: boolean;
  addedBy: string | null;
  createdAt: string;
}

/** How a medicine is named on a prescription line, a label or the stock list: "Paracetamol 500 mg tablet (Panadol)". */
export function medicineLabel(medicine: { generic: string; strength: string; form: string; brand: string | null }): string {
  return `${medicine.generic} ${medicine.strength} ${medicine.form}${medicine.brand ? ` (${medicine.brand})` : ''}`;
}
