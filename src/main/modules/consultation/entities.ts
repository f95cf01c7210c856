import { EntitySchema } from 'typeorm';
import type { EncounterStatus, SoapSection } from '../../../shared/schemas/consultation';

export interface EncounterRecord {
  id: string;
  visitId: string;
  patientId: string;
  doctorId: string | null;
  status: EncounterStatus;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  signedAt: string | null;
  signedBy: string | null;
}

export interface EncounterDiagnosisRecord {
  id: string;
  encounterId: string;
  code: string;
  description: string;
  isPrimary: boolean;
  position: number;
}

export interface NoteAmendmentRecord {
  id: string;
  encounterId: string;
  section: SoapSection;
  beforeText: string;
  afterText: string;
  reason: string;
  amendedBy: string | null;
  amendedAt: string;
}

export interface NoteTemplateRecord {
  id: string;
  name: string;
  ownerId: string | null;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const noteColumns = {
  subjective: { type: 'text' },
  objective: { type: 'text' },
  assessment: { type: 'text' },
  plan: { type: 'text' },
} as const;

export const EncounterEntity = new EntitySchema<EncounterRecord>({
  name: 'Encounter',
  tableName: 'encounters',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id', unique: true },
    patientId: { type: 'text', name: 'patient_id' },
    doctorId: { type: 'text', name: 'doctor_id', nullable: true },
    status: { type: 'text' },
    ...noteColumns,
    version: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    updatedBy: { type: 'text', name: 'updated_by', nullable: true },
    signedAt: { type: 'text', name: 'signed_at', nullable: true },
    signedBy: { type: 'text', name: 'signed_by', nullable: true },
  },
});

export const EncounterDiagnosisEntity = new EntitySchema<EncounterDiagnosisRecord>({
  name: 'EncounterDiagnosis',
  tableName: 'encounter_diagnoses',
  columns: {
    id: { type: 'text', primary: true },
    encounterId: { type: 'text', name: 'encounter_id' },
    code: { type: 'text' },
    description: { type: 'text' },
    isPrimary: { type: 'boolean', name: 'is_primary' },
    position: { type: 'integer' },
  },
});

export const NoteAmendmentEntity = new EntitySchema<NoteAmendmentRecord>({
  name: 'NoteAmendment',
  tableName: 'note_amendments',
  columns: {
    id: { type: 'text', primary: true },
    encounterId: { type: 'text', name: 'encounter_id' },
    section: { type: 'text' },
    beforeText: { type: 'text', name: 'before_text' },
    afterText: { type: 'text', name: 'after_text' },
    reason: { type: 'text' },
    amendedBy: { type: 'text', name: 'amended_by', nullable: true },
    amendedAt: { type: 'text', name: 'amended_at' },
  },
});

export const NoteTemplateEntity = new EntitySchema<NoteTemplateRecord>({
  name: 'NoteTemplate',
  tableName: 'note_templates',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    ownerId: { type: 'text', name: 'owner_id', nullable: true },
    ...noteColumns,
    active: { type: 'boolean' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
