import type { UnitOfWork } from '../../work/unit-of-work';
import { sqliteConnection } from '../../store/store';
import type { PatientRecord } from './entities';

const PATIENT_COLUMNS = [
  'id', 'mrn', 'full_name', 'identity_type', 'identity_no', 'nationality', 'date_of_birth', 'sex', 'phones_json', 'email', 'address', 'postcode',
  'emergency_contact_json', 'employer', 'panels_json', 'allergies_json', 'no_known_allergies_json', 'chronic_conditions_json', 'alerts_json', 'merged_into_id', 'created_at',
  'updated_at', 'updated_by', 'version', 'import_id',
];
const INSERT_PATIENT = `INSERT INTO patients (${PATIENT_COLUMNS.join(', ')}) VALUES (${PATIENT_COLUMNS.map(() => '?').join(', ')})`;

const SEARCH_COLUMNS = 'rowid, mrn, full_name, identity_no, identity_digits, phone_digits';
/** See migration 1795910400000: the search rows of the patients just written, in one statement. */
const INDEX_NEW_PATIENTS = `INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM patient_search_source WHERE rowid BETWEEN ? AND ?`;

type SqlValue = string | number | null;

function patientValues(record: PatientRecord, importId: string): SqlValue[] {
  return [
    record.id, record.mrn, record.fullName, record.identityType, record.identityNo, record.nationality, record.dateOfBirth, record.sex,
    JSON.stringify(record.phones), record.email, record.address, record.postcode,
    record.emergencyContact ? JSON.stringify(record.emergencyContact) : null, record.employer, JSON.stringify(record.panels),
    JSON.stringify(record.allergies), record.noKnownAllergiesRecorded ? JSON.stringify(record.noKnownAllergiesRecorded) : null, JSON.stringify(record.chronicConditions), JSON.stringify(record.alerts), record.mergedIntoId,
    record.createdAt, record.updatedAt, record.updatedBy, record.version, importId,
  ];
}

/**
 * Writes one chunk of an import's patients with their search-index rows, as `register` does, in
 * the caller's transaction, marked as the import's (pending until it is published). Each row goes
 * through one prepared statement with the search trigger deferred; the search rows follow in one
 * INSERT … SELECT. Row by row, the trigger made FTS5 write and merge an index segment per statement.
 */
export function insertPatientRecords(uow: UnitOfWork, importId: string, records: readonly PatientRecord[]): void {
  if (records.length === 0) return;
  const sqlite = sqliteConnection(uow.db);
  const insertPatient = sqlite.prepare(INSERT_PATIENT);
  sqlite.prepare(`INSERT INTO patient_search_deferred (only) VALUES (1)`).run();
  let firstRowid: number | bigint | null = null;
  let lastRowid: number | bigint = 0;
  for (const record of records) {
    lastRowid = insertPatient.run(patientValues(record, importId)).lastInsertRowid;
    firstRowid ??= lastRowid;
  }
  sqlite.prepare(`DELETE FROM patient_search_deferred`).run();
  sqlite.prepare(INDEX_NEW_PATIENTS).run(firstRowid, lastRowid);
}
