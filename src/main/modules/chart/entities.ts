import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { ChartStamps, FromRecord, LongTermMedication, MedicalHistory, Problem } from '../../../shared/schemas/chart';

/** Who wrote a chart row and who last changed it, the version two editors are told apart by, and the visit it was recorded in. */
export interface ChartRowStamps {
  id: string;
  patientId: string;
  version: number;
  visitId: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** A row holds what the API shows of it, less the names and merge labels worked out when it is read. */
type StoredFields<T> = Omit<T, 'id' | keyof ChartStamps | keyof FromRecord>;

export interface ProblemRecord extends ChartRowStamps, StoredFields<Problem> {}

export interface MedicationRecord extends ChartRowStamps, StoredFields<LongTermMedication> {}

export interface HistoryRecord extends ChartRowStamps, StoredFields<MedicalHistory> {}

const STAMP_COLUMNS = {
  id: { type: 'text', primary: true },
  patientId: { type: 'text', name: 'patient_id' },
  version: { type: 'integer' },
  visitId: { type: 'text', name: 'visit_id', nullable: true },
  createdAt: { type: 'text', name: 'created_at' },
  createdBy: { type: 'text', name: 'created_by', nullable: true },
  updatedAt: { type: 'text', name: 'updated_at' },
  updatedBy: { type: 'text', name: 'updated_by', nullable: true },
} satisfies Record<keyof ChartRowStamps, EntitySchemaColumnOptions>;

export const ProblemEntity = new EntitySchema<ProblemRecord>({
  name: 'ChartProblem',
  tableName: 'chart_problems',
  columns: {
    ...STAMP_COLUMNS,
    condition: { type: 'text' },
    icdCode: { type: 'text', name: 'icd_code', nullable: true },
    onset: { type: 'text', nullable: true },
    chronic: { type: 'boolean' },
    notes: { type: 'text' },
    status: { type: 'text' },
    closedOn: { type: 'text', name: 'closed_on', nullable: true },
    closedReason: { type: 'text', name: 'closed_reason' },
  },
});

export const MedicationEntity = new EntitySchema<MedicationRecord>({
  name: 'ChartMedication',
  tableName: 'chart_medications',
  columns: {
    ...STAMP_COLUMNS,
    medicineName: { type: 'text', name: 'medicine_name' },
    medicineId: { type: 'text', name: 'medicine_id', nullable: true },
    dose: { type: 'text' },
    frequency: { type: 'text' },
    since: { type: 'text', nullable: true },
    notes: { type: 'text' },
    status: { type: 'text' },
    stoppedOn: { type: 'text', name: 'stopped_on', nullable: true },
    stopReason: { type: 'text', name: 'stop_reason' },
  },
});

export const HistoryEntity = new EntitySchema<HistoryRecord>({
  name: 'ChartHistory',
  tableName: 'chart_histories',
  columns: {
    ...STAMP_COLUMNS,
    pastIllnesses: { type: 'simple-json', name: 'past_illnesses_json' },
    surgeries: { type: 'simple-json', name: 'surgeries_json' },
    familyHistory: { type: 'simple-json', name: 'family_history_json' },
    social: { type: 'simple-json', name: 'social_json' },
  },
});
