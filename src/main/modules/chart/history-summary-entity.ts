import { EntitySchema } from 'typeorm';
import type { SummaryStatement } from '../../../shared/schemas/history-summary';

export interface HistorySummaryRecord {
  id: string;
  patientId: string;
  statements: SummaryStatement[];
  fromModel: boolean;
  edited: boolean;
  /** The patient's newest visit when the summary was accepted: a later one makes it out of date. */
  newestVisitId: string | null;
  acceptedAt: string;
  acceptedBy: string | null;
  supersededAt: string | null;
  supersededById: string | null;
}

export const HistorySummaryEntity = new EntitySchema<HistorySummaryRecord>({
  name: 'ChartHistorySummary',
  tableName: 'chart_history_summaries',
  columns: {
    id: { type: 'text', primary: true },
    patientId: { type: 'text', name: 'patient_id' },
    statements: { type: 'simple-json', name: 'statements_json' },
    fromModel: { type: 'boolean', name: 'from_model' },
    edited: { type: 'boolean' },
    newestVisitId: { type: 'text', name: 'newest_visit_id', nullable: true },
    acceptedAt: { type: 'text', name: 'accepted_at' },
    acceptedBy: { type: 'text', name: 'accepted_by', nullable: true },
    supersededAt: { type: 'text', name: 'superseded_at', nullable: true },
    supersededById: { type: 'text', name: 'superseded_by_id', nullable: true },
  },
});
