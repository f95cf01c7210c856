import { PATIENT_READ_ACTIONS, type AuditEntry } from '../../../shared/schemas/audit';
import type { SqlCondition } from '../../audit/audit-log';
import type { PatientRecords } from '../../audit/patient-records';

/**
 * The audit rows about one patient: their own record's, those of the records that belong to them
 * (each owning module says which: appointments, visits, queue tickets, documents), and the
 * searches that showed them. Each branch is an indexed look-up (audit_log_entity,
 * audit_log_action and the owning tables' patient indexes).
 */
export function patientTrail(patientId: string, records: readonly PatientRecords[]): SqlCondition {
  const owned = records.map((record) => `UNION ALL SELECT seq FROM audit_log WHERE entity = ? AND entity_id IN (${record.idsOfPatientSql})`);
  return {
    sql: `seq IN (
      SELECT seq FROM audit_log WHERE entity = 'patient' AND entity_id = ?
      ${owned.join('\n      ')}
      UNION ALL SELECT seq FROM audit_log WHERE action = ? AND instr(after_json, ?) > 0)`,
    params: [patientId, ...records.flatMap((record) => [record.entity, patientId]), PATIENT_READ_ACTIONS.search, JSON.stringify(patientId)],
  };
}

/** Which patient each record of these rows belongs to (`entity`, `id`, `patient_id`), one query for a whole page; null when no row is about such a record. */
export function patientsOfRecords(entries: readonly AuditEntry[], records: readonly PatientRecords[]): SqlCondition | null {
  const idsOf = (entity: string): string[] => entries.filter((entry) => entry.entity === entity && entry.entityId).map((entry) => entry.entityId ?? '');
  const asked = records.filter((record) => idsOf(record.entity).length > 0);
  if (asked.length === 0) return null;
  return {
    sql: asked.map((record) => `SELECT ? AS entity, id, patient_id FROM (${record.patientsOfIdsSql})`).join('\n  UNION ALL '),
    params: asked.flatMap((record) => [record.entity, JSON.stringify(idsOf(record.entity))]),
  };
}
