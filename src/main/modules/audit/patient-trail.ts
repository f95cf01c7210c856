import type { SqlCondition } from '../../audit/audit-log';
import { PATIENT_READ_ACTIONS } from '../../../shared/schemas/audit';

/**
 * The audit rows about one patient: their own record's, and those of the records that belong to
 * them (appointments, visits, queue tickets, documents), and the searches that showed them. A
 * `queue` row names a queue ticket, or its visit when it is the check-in. The
 * log names each row's own record only, so the other modules' tables say whose a record is; each
 * branch is an indexed look-up (audit_log_entity, audit_log_action and the tables' patient indexes).
 */
export function patientTrail(patientId: string): SqlCondition {
  return {
    sql: `seq IN (
      SELECT seq FROM audit_log WHERE entity = 'patient' AND entity_id = ?
      UNION ALL SELECT a.seq FROM appointments x JOIN audit_log a ON a.entity = 'appointment' AND a.entity_id = x.id WHERE x.patient_id = ?
      UNION ALL SELECT a.seq FROM visits x JOIN audit_log a ON a.entity IN ('visit', 'queue') AND a.entity_id = x.id WHERE x.patient_id = ?
      UNION ALL SELECT a.seq FROM visits x JOIN queue_entries q ON q.visit_id = x.id JOIN audit_log a ON a.entity = 'queue' AND a.entity_id = q.id WHERE x.patient_id = ?
      UNION ALL SELECT a.seq FROM issued_documents x JOIN audit_log a ON a.entity = 'document' AND a.entity_id = x.id WHERE x.patient_id = ?
      UNION ALL SELECT seq FROM audit_log WHERE action = ? AND instr(after_json, ?) > 0)`,
    params: [patientId, patientId, patientId, patientId, patientId, PATIENT_READ_ACTIONS.search, JSON.stringify(patientId)],
  };
}

/** Which patient each record of these rows belongs to, one query for a whole page. */
export const PATIENTS_OF_RECORDS_SQL = `
  SELECT 'appointment' AS entity, id, patient_id FROM appointments WHERE id IN (SELECT value FROM json_each(?))
  UNION ALL SELECT 'visit', id, patient_id FROM visits WHERE id IN (SELECT value FROM json_each(?))
  UNION ALL SELECT 'queue', q.id, v.patient_id FROM queue_entries q JOIN visits v ON v.id = q.visit_id WHERE q.id IN (SELECT value FROM json_each(?))
  UNION ALL SELECT 'queue', id, patient_id FROM visits WHERE id IN (SELECT value FROM json_each(?))
  UNION ALL SELECT 'document', id, patient_id FROM issued_documents WHERE id IN (SELECT value FROM json_each(?))`;
