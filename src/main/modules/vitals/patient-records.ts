import type { PatientRecords } from '../../audit/patient-records';

/** Whose each vitals recording is, for the audit screens' patient trail. */
export const VITALS_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'vitals',
    idsOfPatientSql: 'SELECT id FROM vitals WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM vitals WHERE id IN (SELECT value FROM json_each(?))',
  },
];
