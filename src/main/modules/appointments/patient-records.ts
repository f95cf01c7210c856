import type { PatientRecords } from '../../audit/patient-records';

/** Whose each appointment is, for the audit screens' patient trail. */
export const APPOINTMENT_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'appointment',
    idsOfPatientSql: 'SELECT id FROM appointments WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM appointments WHERE id IN (SELECT value FROM json_each(?))',
  },
];
