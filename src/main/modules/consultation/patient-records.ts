import type { PatientRecords } from '../../audit/patient-records';

/** Whose each consultation (encounter) is, for the audit screens' patient trail. */
export const CONSULTATION_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'consultation',
    idsOfPatientSql: 'SELECT id FROM encounters WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM encounters WHERE id IN (SELECT value FROM json_each(?))',
  },
];
