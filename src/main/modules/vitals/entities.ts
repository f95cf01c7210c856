import { EntitySchema } from 'typeorm';
import type { GlucoseKind } from '../../../shared/vitals/measures';

export interface VitalsRecord {
  id: string;
  visitId: string;
  patientId: string;
  recordedAt: string;
  enteredAt: string;
  recordedBy: string;
  /** The writer's name as it was when they signed the entry. */
  recordedByName: string;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  temperature: number | null;
  respiratoryRate: number | null;
  spo2: number | null;
  weight: number | null;
  height: number | null;
  bmi: number | null;
  glucose: number | null;
  glucoseKind: GlucoseKind | null;
  pain: number | null;
  headCircumference: number | null;
  replacesId: string | null;
  correctionReason: string | null;
}

const measure = (name?: string) => ({ type: 'real', nullable: true, ...(name ? { name } : {}) }) as const;

export const VitalsEntity = new EntitySchema<VitalsRecord>({
  name: 'Vitals',
  tableName: 'vitals',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id' },
    patientId: { type: 'text', name: 'patient_id' },
    recordedAt: { type: 'text', name: 'recorded_at' },
    enteredAt: { type: 'text', name: 'entered_at' },
    recordedBy: { type: 'text', name: 'recorded_by' },
    recordedByName: { type: 'text', name: 'recorded_by_name' },
    systolic: measure(),
    diastolic: measure(),
    pulse: measure(),
    temperature: measure(),
    respiratoryRate: measure('respiratory_rate'),
    spo2: measure(),
    weight: measure(),
    height: measure(),
    bmi: measure(),
    glucose: measure(),
    glucoseKind: { type: 'text', name: 'glucose_kind', nullable: true },
    pain: measure(),
    headCircumference: measure('head_circumference'),
    replacesId: { type: 'text', name: 'replaces_id', nullable: true },
    correctionReason: { type: 'text', name: 'correction_reason', nullable: true },
  },
});
