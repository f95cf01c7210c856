import type { UnitOfWork } from '../../work/unit-of-work';
import { sqliteConnection } from '../../store/store';
import type { PatientRecord } from './entities';

/**
 * Rows written between two yields to the event loop. The rows go in synchronously (better-sqlite3),
 * so without a pause a 100k-row import would stop the hub answering anything, even a WebSocket
 * ping, for its whole length; the store's queue still holds every other unit of work until the
 * transaction ends.
 */
const ROWS_BETWEEN_YIELDS = 2000;

/**
 * Page cache while the rows go in (negative: KiB), four times the store's usual 64 MiB: 100k
 * patients dirty about 150 MiB of pages, and with the usual cache SQLite writes pages out
 * mid-transaction and reads them back, each time through the cipher (about 15% of the import).
 */
const BULK_CACHE_SIZE = -256 * 1024;

const PATIENT_COLUMNS = [
  'id', 'mrn', 'full_name', 'identity_type', 'identity_no', 'nationality', 'date_of_birth', 'sex', 'phones_json', 'email', 'address', 'postcode',
  'emergency_contact_json', 'employer', 'panels_json', 'allergies_json', 'chronic_conditions_json', 'alerts_json', 'merged_into_id', 'created_at',
  'updated_at', 'updated_by', 'version',
];
const INSERT_PATIENT = `INSERT INTO patients (${PATIENT_COLUMNS.join(', ')}) VALUES (${PATIENT_COLUMNS.map(() => '?').join(', ')})`;

const SEARCH_COLUMNS = 'rowid, mrn, full_name, identity_no, identity_digits, phone_digits';
/** See migration 1795910400000: the search rows of the patients just written, in one statement. */
const INDEX_NEW_PATIENTS = `INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM patient_search_source WHERE rowid BETWEEN ? AND ?`;

type SqlValue = string | number | null;

function patientValues(record: PatientRecord): SqlValue[] {
  return [
    record.id, record.mrn, record.fullName, record.identityType, record.identityNo, record.nationality, record.dateOfBirth, record.sex,
    JSON.stringify(record.phones), record.email, record.address, record.postcode,
    record.emergencyContact ? JSON.stringify(record.emergencyContact) : null, record.employer, JSON.stringify(record.panels),
    JSON.stringify(record.allergies), JSON.stringify(record.chronicConditions), JSON.stringify(record.alerts), record.mergedIntoId,
    record.createdAt, record.updatedAt, record.updatedBy, record.version,
  ];
}

/**
 * Writes new patients with their search-index rows, as `register` does, in the caller's
 * transaction (a failure anywhere leaves none of it). Each row goes through one prepared
 * statement with the search trigger deferred; the search rows follow in one INSERT … SELECT.
 * Row by row, the trigger made FTS5 write and merge an index segment per statement.
 */
export async function insertPatientRecords(uow: UnitOfWork, records: readonly PatientRecord[]): Promise<void> {
  if (records.length === 0) return;
  const sqlite = sqliteConnection(uow.db);
  const insertPatient = sqlite.prepare(INSERT_PATIENT);
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${BULK_CACHE_SIZE}`);
  try {
    sqlite.prepare(`INSERT INTO patient_search_deferred (only) VALUES (1)`).run();
    let firstRowid: number | bigint | null = null;
    let lastRowid: number | bigint = 0;
    for (const [index, record] of records.entries()) {
      lastRowid = insertPatient.run(patientValues(record)).lastInsertRowid;
      firstRowid ??= lastRowid;
      if ((index + 1) % ROWS_BETWEEN_YIELDS === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    sqlite.prepare(`DELETE FROM patient_search_deferred`).run();
    sqlite.prepare(INDEX_NEW_PATIENTS).run(firstRowid, lastRowid);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}
