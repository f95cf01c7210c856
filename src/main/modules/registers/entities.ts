import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';

export interface RegisterEntryRecord {
  id: string;
  serial: string;
  bookSerial: string | null;
  entryDate: string;
  medicineId: string;
  medicineLabel: string;
  legalClass: string;
  quantity: number;
  unit: string;
  patientName: string;
  patientAddress: string | null;
  prescriberName: string | null;
  prescriptionRef: string | null;
  repeatOf: string | null;
  dispensedBy: string;
  dispensingId: string;
  dispensingLineId: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  createdAt: string;
}

// Both registers hold the same fields (s24's, and the psychotropic regulations ask no more); each keeps its own serials.
const columns: Record<keyof RegisterEntryRecord, EntitySchemaColumnOptions> = {
  id: { type: 'text', primary: true },
  serial: { type: 'text', unique: true },
  bookSerial: { type: 'text', name: 'book_serial', nullable: true },
  entryDate: { type: 'text', name: 'entry_date' },
  medicineId: { type: 'text', name: 'medicine_id' },
  medicineLabel: { type: 'text', name: 'medicine_label' },
  legalClass: { type: 'text', name: 'legal_class' },
  quantity: { type: 'integer' },
  unit: { type: 'text' },
  patientName: { type: 'text', name: 'patient_name' },
  patientAddress: { type: 'text', name: 'patient_address', nullable: true },
  prescriberName: { type: 'text', name: 'prescriber_name', nullable: true },
  prescriptionRef: { type: 'text', name: 'prescription_ref', nullable: true },
  repeatOf: { type: 'text', name: 'repeat_of', nullable: true },
  dispensedBy: { type: 'text', name: 'dispensed_by' },
  dispensingId: { type: 'text', name: 'dispensing_id' },
  dispensingLineId: { type: 'text', name: 'dispensing_line_id' },
  cancelledAt: { type: 'text', name: 'cancelled_at', nullable: true },
  cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
  createdAt: { type: 'text', name: 'created_at' },
};

export const PrescriptionBookEntryEntity = new EntitySchema<RegisterEntryRecord>({ name: 'PrescriptionBookEntry', tableName: 'prescription_book_entries', columns });

export const PsychotropicEntryEntity = new EntitySchema<RegisterEntryRecord>({ name: 'PsychotropicEntry', tableName: 'psychotropic_register_entries', columns });
