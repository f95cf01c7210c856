import { EntitySchema } from 'typeorm';
import type { Panel } from '../../../shared/schemas/panels';

export interface PanelRecord extends Panel {
  createdAt: string;
  updatedAt: string;
}

export const PanelEntity = new EntitySchema<PanelRecord>({
  name: 'Panel',
  tableName: 'panels',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    active: { type: 'boolean' },
    capPerVisitSen: { type: 'integer', name: 'cap_per_visit_sen', nullable: true },
    excludedKinds: { type: 'simple-json', name: 'excluded_kinds_json' },
    copayFixedSen: { type: 'integer', name: 'copay_fixed_sen' },
    copayPercentBp: { type: 'integer', name: 'copay_percent_bp' },
    mcAllowed: { type: 'boolean', name: 'mc_allowed' },
    claimDeadlineDays: { type: 'integer', name: 'claim_deadline_days' },
    statementPeriod: { type: 'text', name: 'statement_period' },
    tin: { type: 'text', nullable: true },
    registrationNo: { type: 'text', name: 'registration_no', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
