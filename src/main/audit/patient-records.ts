/**
 * One module's word on which of its audited records are a patient's. The audit log names each
 * row's own record only (`entity`, `entity_id`); the module that owns the record's table says whose
 * it is, so the audit screens never read another module's tables. A module lists these on its
 * definition (`patientRecords`); the hub gathers them for the audit module.
 */
export interface PatientRecords {
  /** The audit log's name for these records (`appointment`, `queue`). */
  entity: string;
  /** `SELECT id …`: this patient's records; its one `?` is the patient's id. */
  idsOfPatientSql: string;
  /** `SELECT id, patient_id …`: whose each record is, for the ids in the JSON array bound to its one `?`. */
  patientsOfIdsSql: string;
}
