import type { PatientRecords } from '../../audit/patient-records';

const SCRIBE_ROWS = '(SELECT id, patient_id FROM scribe_recordings UNION ALL SELECT id, patient_id FROM scribe_consents)';

/** Whose each consent and recording is, for the audit screens' patient trail. */
export const SCRIBE_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'scribe',
    idsOfPatientSql: `SELECT id FROM ${SCRIBE_ROWS} WHERE patient_id = ?`,
    patientsOfIdsSql: `SELECT id, patient_id FROM ${SCRIBE_ROWS} WHERE id IN (SELECT value FROM json_each(?))`,
  },
];
