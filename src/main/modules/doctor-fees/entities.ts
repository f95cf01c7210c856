import { EntitySchema } from 'typeorm';

export interface DoctorFeeRuleRecord {
  doctorId: string;
  fixedPerVisitSen: number;
  /** The shares by item kind (DoctorFeeRuleInput['shareBp']) as JSON. */
  shareJson: string;
  updatedAt: string;
  updatedBy: string | null;
}

export const DoctorFeeRuleEntity = new EntitySchema<DoctorFeeRuleRecord>({
  name: 'DoctorFeeRule',
  tableName: 'doctor_fee_rules',
  columns: {
    doctorId: { type: 'text', primary: true, name: 'doctor_id' },
    fixedPerVisitSen: { type: 'integer', name: 'fixed_per_visit_sen' },
    shareJson: { type: 'text', name: 'share_json' },
    updatedAt: { type: 'text', name: 'updated_at' },
    updatedBy: { type: 'text', name: 'updated_by', nullable: true },
  },
});
