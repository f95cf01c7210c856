import { EntitySchema } from 'typeorm';
import type { Medicine } from '../../../shared/schemas/medicines';

/** A medicine row: the shared shape (its barcodes in their own table) plus the lower-case words search matches against. */
export interface MedicineRecord extends Omit<Medicine, 'barcodes'> {
  /** " generic brand code strength", lower-case, each word after a space: a word prefix is `LIKE '% word%'`. */
  searchText: string;
}

export const MedicineEntity = new EntitySchema<MedicineRecord>({
  name: 'Medicine',
  tableName: 'medicines',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', nullable: true },
    generic: { type: 'text' },
    brand: { type: 'text', nullable: true },
    form: { type: 'text' },
    strength: { type: 'text' },
    strengthValue: { type: 'real', name: 'strength_value', nullable: true },
    strengthUnit: { type: 'text', name: 'strength_unit', nullable: true },
    perVolumeMl: { type: 'real', name: 'per_volume_ml', nullable: true },
    dispensingUnit: { type: 'text', name: 'dispensing_unit' },
    route: { type: 'text' },
    defaultDoseValue: { type: 'real', name: 'default_dose_value', nullable: true },
    defaultDoseUnit: { type: 'text', name: 'default_dose_unit', nullable: true },
    defaultFrequency: { type: 'text', name: 'default_frequency', nullable: true },
    defaultDurationDays: { type: 'integer', name: 'default_duration_days', nullable: true },
    drugClass: { type: 'text', name: 'drug_class', nullable: true },
    packSize: { type: 'integer', name: 'pack_size', nullable: true },
    childMinMgPerKgDay: { type: 'real', name: 'child_min_mg_per_kg_day', nullable: true },
    childMaxMgPerKgDay: { type: 'real', name: 'child_max_mg_per_kg_day', nullable: true },
    active: { type: 'boolean' },
    itemKind: { type: 'text', name: 'item_kind' },
    legalClass: { type: 'text', name: 'legal_class' },
    registrationNo: { type: 'text', name: 'registration_no', nullable: true },
    storage: { type: 'text' },
    reorderLevel: { type: 'integer', name: 'reorder_level', nullable: true },
    reorderQuantity: { type: 'integer', name: 'reorder_quantity', nullable: true },
    costSen: { type: 'integer', name: 'cost_sen', nullable: true },
    taxCode: { type: 'text', name: 'tax_code', nullable: true },
    searchText: { type: 'text', name: 'search_text' },
    version: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** A barcode printed on an item's pack; each barcode names one item, an item may have several. */
export interface MedicineBarcodeRecord {
  barcode: string;
  medicineId: string;
  createdAt: string;
}

export const MedicineBarcodeEntity = new EntitySchema<MedicineBarcodeRecord>({
  name: 'MedicineBarcode',
  tableName: 'medicine_barcodes',
  columns: {
    barcode: { type: 'text', primary: true },
    medicineId: { type: 'text', name: 'medicine_id' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** The selling price of one dispensing unit for a tier: 'walk-in' or a panel's id. */
export interface MedicinePriceRecord {
  medicineId: string;
  tier: string;
  priceSen: number;
  updatedAt: string;
}

export const MedicinePriceEntity = new EntitySchema<MedicinePriceRecord>({
  name: 'MedicinePrice',
  tableName: 'medicine_prices',
  columns: {
    medicineId: { type: 'text', name: 'medicine_id', primary: true },
    tier: { type: 'text', primary: true },
    priceSen: { type: 'integer', name: 'price_sen' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface InteractionPairRecord {
  id: string;
  aDrugsJson: string;
  aClass: string | null;
  bDrugsJson: string;
  bClass: string | null;
  severity: string;
  effect: string;
  management: string;
  source: string;
  active: boolean;
  addedBy: string | null;
  addedByName: string | null;
  createdAt: string;
  updatedAt: string;
}

export const InteractionPairEntity = new EntitySchema<InteractionPairRecord>({
  name: 'InteractionPair',
  tableName: 'interaction_pairs',
  columns: {
    id: { type: 'text', primary: true },
    aDrugsJson: { type: 'text', name: 'a_drugs_json' },
    aClass: { type: 'text', name: 'a_class', nullable: true },
    bDrugsJson: { type: 'text', name: 'b_drugs_json' },
    bClass: { type: 'text', name: 'b_class', nullable: true },
    severity: { type: 'text' },
    effect: { type: 'text' },
    management: { type: 'text' },
    source: { type: 'text' },
    active: { type: 'boolean' },
    addedBy: { type: 'text', name: 'added_by', nullable: true },
    addedByName: { type: 'text', name: 'added_by_name', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
