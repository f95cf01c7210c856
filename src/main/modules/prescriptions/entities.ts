import { EntitySchema } from 'typeorm';
import type { PrescriptionLine } from '../../../shared/schemas/prescriptions';

/** A line as stored: what the API shows, with whose it is, the class the checks used and who wrote it. */
export interface PrescriptionLineRecord extends Omit<PrescriptionLine, 'prescribedByName'> {
  patientId: string;
  drugClass: string | null;
  prescribedBy: string | null;
  updatedAt: string;
}

export const PrescriptionLineEntity = new EntitySchema<PrescriptionLineRecord>({
  name: 'PrescriptionLine',
  tableName: 'prescription_lines',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id' },
    patientId: { type: 'text', name: 'patient_id' },
    medicineId: { type: 'text', name: 'medicine_id' },
    medicineLabel: { type: 'text', name: 'medicine_label' },
    generic: { type: 'text' },
    drugClass: { type: 'text', name: 'drug_class', nullable: true },
    doseValue: { type: 'real', name: 'dose_value' },
    doseUnit: { type: 'text', name: 'dose_unit' },
    frequency: { type: 'text' },
    durationDays: { type: 'integer', name: 'duration_days', nullable: true },
    route: { type: 'text' },
    timing: { type: 'text' },
    quantity: { type: 'real' },
    quantityUnit: { type: 'text', name: 'quantity_unit' },
    instructions: { type: 'text' },
    dispensing: { type: 'text' },
    findings: { type: 'simple-json', name: 'findings_json' },
    overrideReason: { type: 'text', name: 'override_reason', nullable: true },
    status: { type: 'text' },
    cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
    prescribedBy: { type: 'text', name: 'prescribed_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** A visit whose prescription is final: written when the doctor finishes the visit. */
export interface PrescriptionIssuedRecord {
  visitId: string;
  issuedAt: string;
}

export const PrescriptionIssuedEntity = new EntitySchema<PrescriptionIssuedRecord>({
  name: 'PrescriptionIssued',
  tableName: 'prescriptions_issued',
  columns: {
    visitId: { type: 'text', primary: true, name: 'visit_id' },
    issuedAt: { type: 'text', name: 'issued_at' },
  },
});
