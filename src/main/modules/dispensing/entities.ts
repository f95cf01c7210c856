import { EntitySchema } from 'typeorm';
import type { LegalClass } from '../../../shared/pharmacy/legal-classes';
import type { BatchShare } from '../../../shared/schemas/dispensing';

export interface DispensingRecord {
  id: string;
  kind: 'prescription' | 'sale';
  visitId: string | null;
  patientId: string | null;
  buyerName: string | null;
  buyerAddress: string | null;
  dispensedBy: string | null;
  dispensedAt: string;
  status: 'done' | 'reversed';
  reversedReason: string | null;
  reversedBy: string | null;
  reversedAt: string | null;
}

export const DispensingEntity = new EntitySchema<DispensingRecord>({
  name: 'Dispensing',
  tableName: 'dispensings',
  columns: {
    id: { type: 'text', primary: true },
    kind: { type: 'text' },
    visitId: { type: 'text', name: 'visit_id', nullable: true },
    patientId: { type: 'text', name: 'patient_id', nullable: true },
    buyerName: { type: 'text', name: 'buyer_name', nullable: true },
    buyerAddress: { type: 'text', name: 'buyer_address', nullable: true },
    dispensedBy: { type: 'text', name: 'dispensed_by', nullable: true },
    dispensedAt: { type: 'text', name: 'dispensed_at' },
    status: { type: 'text' },
    reversedReason: { type: 'text', name: 'reversed_reason', nullable: true },
    reversedBy: { type: 'text', name: 'reversed_by', nullable: true },
    reversedAt: { type: 'text', name: 'reversed_at', nullable: true },
  },
});

export interface DispensedLineRecord {
  id: string;
  dispensingId: string;
  prescriptionLineId: string | null;
  medicineId: string;
  medicineLabel: string;
  legalClass: LegalClass;
  quantity: number;
  unit: string;
  takes: BatchShare[];
  batchReason: string | null;
  directions: string;
  registerSerial: string | null;
}

export const DispensedLineEntity = new EntitySchema<DispensedLineRecord>({
  name: 'DispensedLine',
  tableName: 'dispensed_lines',
  columns: {
    id: { type: 'text', primary: true },
    dispensingId: { type: 'text', name: 'dispensing_id' },
    prescriptionLineId: { type: 'text', name: 'prescription_line_id', nullable: true },
    medicineId: { type: 'text', name: 'medicine_id' },
    medicineLabel: { type: 'text', name: 'medicine_label' },
    legalClass: { type: 'text', name: 'legal_class' },
    quantity: { type: 'integer' },
    unit: { type: 'text' },
    takes: { type: 'simple-json', name: 'takes_json' },
    batchReason: { type: 'text', name: 'batch_reason', nullable: true },
    directions: { type: 'text' },
    registerSerial: { type: 'text', name: 'register_serial', nullable: true },
  },
});

/** Something to charge, written where it happened (here: a dispensed line); the billing issue invoices these. */
export interface ChargeLineRecord {
  id: string;
  sourceKind: 'dispensing';
  sourceId: string;
  dispensingId: string | null;
  visitId: string | null;
  patientId: string | null;
  medicineId: string | null;
  description: string;
  quantity: number;
  /** The walk-in price per unit at the time; null when the medicine has no price yet (the cashier is asked). */
  unitPriceSen: number | null;
  status: 'to-charge' | 'void';
  createdAt: string;
}

export const ChargeLineEntity = new EntitySchema<ChargeLineRecord>({
  name: 'ChargeLine',
  tableName: 'charge_lines',
  columns: {
    id: { type: 'text', primary: true },
    sourceKind: { type: 'text', name: 'source_kind' },
    sourceId: { type: 'text', name: 'source_id' },
    dispensingId: { type: 'text', name: 'dispensing_id', nullable: true },
    visitId: { type: 'text', name: 'visit_id', nullable: true },
    patientId: { type: 'text', name: 'patient_id', nullable: true },
    medicineId: { type: 'text', name: 'medicine_id', nullable: true },
    description: { type: 'text' },
    quantity: { type: 'integer' },
    unitPriceSen: { type: 'integer', name: 'unit_price_sen', nullable: true },
    status: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});
