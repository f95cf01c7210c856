import type { PatientRecords } from '../../audit/patient-records';

const recordsOf = (entity: string, table: string): PatientRecords => ({
  entity,
  idsOfPatientSql: `SELECT id FROM ${table} WHERE patient_id = ?`,
  patientsOfIdsSql: `SELECT id, patient_id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
});

/** Whose each problem, medication and history is, for the audit screens' patient trail. */
export const CHART_PATIENT_RECORDS: readonly PatientRecords[] = [
  recordsOf('chartProblem', 'chart_problems'),
  recordsOf('chartMedication', 'chart_medications'),
  recordsOf('chartHistory', 'chart_histories'),
  recordsOf('chartHistorySummary', 'chart_history_summaries'),
];
