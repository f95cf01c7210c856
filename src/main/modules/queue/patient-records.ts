import type { PatientRecords } from '../../audit/patient-records';

const VISITS_OF_PATIENT = 'SELECT id FROM visits WHERE patient_id = ?';
const PATIENTS_OF_VISITS = 'SELECT id, patient_id FROM visits WHERE id IN (SELECT value FROM json_each(?))';

/**
 * Whose each visit and queue ticket is, for the audit screens' patient trail. A `queue` row names
 * a queue ticket, or its visit when it is the check-in.
 */
export const QUEUE_PATIENT_RECORDS: readonly PatientRecords[] = [
  { entity: 'visit', idsOfPatientSql: VISITS_OF_PATIENT, patientsOfIdsSql: PATIENTS_OF_VISITS },
  { entity: 'queue', idsOfPatientSql: VISITS_OF_PATIENT, patientsOfIdsSql: PATIENTS_OF_VISITS },
  {
    entity: 'queue',
    idsOfPatientSql: 'SELECT q.id FROM visits v JOIN queue_entries q ON q.visit_id = v.id WHERE v.patient_id = ?',
    patientsOfIdsSql: 'SELECT q.id AS id, v.patient_id AS patient_id FROM queue_entries q JOIN visits v ON v.id = q.visit_id WHERE q.id IN (SELECT value FROM json_each(?))',
  },
];
