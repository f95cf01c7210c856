import type { PatientRecords } from '../../audit/patient-records';

/** Whose each prescription line is, for the audit screens' patient trail. */
export const PRESCRIPTION_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'prescription',
    idsOfPatientSql: 'SELECT id FROM prescription_lines WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM prescription_lines WHERE id IN (SELECT value FROM json_each(?))',
  },
];
