import { EntitySchema } from 'typeorm';
import type { Patient } from '../../../shared/schemas/patients';

/**
 * A patient row: the domain shape field for field (JSON columns hold the lists), and who saved
 * this version of it. The row is the current version; `patient_versions` keeps the ones it replaced.
 */
export interface PatientRecord extends Patient {
  updatedBy: string | null;
}

/** A version an edit superseded, as it was, with when and by whom it had been saved. */
export interface PatientVersionRecord {
  patientId: string;
  version: number;
  snapshot: Patient;
  changedAt: string;
  changedBy: string | null;
}

export const PatientEntity = new EntitySchema<PatientRecord>({
  name: 'Patient',
  tableName: 'patients',
  columns: {
    id: { type: 'text', primary: true },
    mrn: { type: 'text', unique: true },
    fullName: { type: 'text', name: 'full_name' },
    identityType: { type: 'text', name: 'identity_type' },
    identityNo: { type: 'text', name: 'identity_no' },
    nationality: { type: 'text', nullable: true },
    dateOfBirth: { type: 'text', name: 'date_of_birth', nullable: true },
    sex: { type: 'text', nullable: true },
    phones: { type: 'simple-json', name: 'phones_json' },
    email: { type: 'text', nullable: true },
    address: { type: 'text' },
    postcode: { type: 'text' },
    emergencyContact: { type: 'simple-json', name: 'emergency_contact_json', nullable: true },
    employer: { type: 'text' },
    panels: { type: 'simple-json', name: 'panels_json' },
    allergies: { type: 'simple-json', name: 'allergies_json' },
    noKnownAllergiesRecorded: { type: 'simple-json', name: 'no_known_allergies_json', nullable: true },
    chronicConditions: { type: 'simple-json', name: 'chronic_conditions_json' },
    alerts: { type: 'simple-json', name: 'alerts_json' },
    mergedIntoId: { type: 'text', name: 'merged_into_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    updatedBy: { type: 'text', name: 'updated_by', nullable: true },
    version: { type: 'integer' },
  },
});

export const PatientVersionEntity = new EntitySchema<PatientVersionRecord>({
  name: 'PatientVersion',
  tableName: 'patient_versions',
  columns: {
    patientId: { type: 'text', name: 'patient_id', primary: true },
    version: { type: 'integer', primary: true },
    snapshot: { type: 'simple-json', name: 'snapshot_json' },
    changedAt: { type: 'text', name: 'changed_at' },
    changedBy: { type: 'text', name: 'changed_by', nullable: true },
  },
});

export interface PatientPhotoRecord {
  patientId: string;
  mime: 'image/jpeg' | 'image/png';
  data: Buffer;
  updatedAt: string;
  updatedBy: string | null;
}

export const PatientPhotoEntity = new EntitySchema<PatientPhotoRecord>({
  name: 'PatientPhoto',
  tableName: 'patient_photos',
  columns: {
    patientId: { type: 'text', name: 'patient_id', primary: true },
    mime: { type: 'text' },
    data: { type: 'blob' },
    updatedAt: { type: 'text', name: 'updated_at' },
    updatedBy: { type: 'text', name: 'updated_by', nullable: true },
  },
});
