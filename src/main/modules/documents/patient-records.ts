import type { PatientRecords } from '../../audit/patient-records';

/** Whose each issued document is, for the audit screens' patient trail. */
export const DOCUMENT_PATIENT_RECORDS: readonly PatientRecords[] = [
  {
    entity: 'document',
    idsOfPatientSql: 'SELECT id FROM issued_documents WHERE patient_id = ?',
    patientsOfIdsSql: 'SELECT id, patient_id FROM issued_documents WHERE id IN (SELECT value FROM json_each(?))',
  },
];
