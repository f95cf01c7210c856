import type { PatientRecords } from '../../audit/patient-records';

/** Whose each dispensing is (a walk-in buyer's sale may be no patient's), for the audit screens' patient trail. */
export const DISPENSING_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'dispensing',
    idsOfPatientSql: 'SELECT id FROM dispensings WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM dispensings WHERE id IN (SELECT value FROM json_each(?)) AND patient_id IS NOT NULL',
  },
];
