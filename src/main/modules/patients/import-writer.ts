import type { UnitOfWork } from '../../audit/unit-of-work';
import type { PatientRecord } from './entities';
import { toPatient } from './patients-service';

/**
 * Rows per INSERT statement. The search index (FTS5) writes out what it has gathered at the end
 * of every statement that fires its trigger, so one statement per row makes 100k tiny index
 * segments and runs about five times slower; 1000 rows keep the bound parameters (21 a row)
 * below SQLite's limit of 32,766 while the triggers still fire row by row.
 */
const ROWS_PER_STATEMENT = 1000;

const PATIENT_COLUMNS = [
  'id', 'mrn', 'full_name', 'identity_type', 'identity_no', 'nationality', 'date_of_birth', 'sex', 'phones_json', 'email', 'address', 'postcode',
  'emergency_contact_json', 'employer', 'allergies_json', 'chronic_conditions_json', 'alerts_json', 'merged_into_id', 'created_at', 'updated_at', 'version',
];
const VERSION_COLUMNS = ['patient_id', 'version', 'snapshot_json', 'changed_at', 'changed_by'];

type SqlValue = string | number | null;

function patientValues(record: PatientRecord): SqlValue[] {
  return [
    record.id, record.mrn, record.fullName, record.identityType, record.identityNo, record.nationality, record.dateOfBirth, record.sex,
    JSON.stringify(record.phones), record.email, record.address, record.postcode,
    record.emergencyContact ? JSON.stringify(record.emergencyContact) : null, record.employer, JSON.stringify(record.allergies),
    JSON.stringify(record.chronicConditions), JSON.stringify(record.alerts), record.mergedIntoId, record.createdAt, record.updatedAt, record.version,
  ];
}

/** Writes new patients and their first kept version, as `register` does, many rows a statement, in the caller's transaction. */
export async function insertPatientRecords(uow: UnitOfWork, records: readonly PatientRecord[]): Promise<void> {
  const changedBy = uow.actor?.userId ?? null;
  for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
    const batch = records.slice(start, start + ROWS_PER_STATEMENT);
    await insertRows(uow, 'patients', PATIENT_COLUMNS, batch.map(patientValues));
    await insertRows(
      uow,
      'patient_versions',
      VERSION_COLUMNS,
      batch.map((record) => [record.id, record.version, JSON.stringify(toPatient(record)), record.createdAt, changedBy]),
    );
  }
}

async function insertRows(uow: UnitOfWork, table: string, columns: readonly string[], rows: SqlValue[][]): Promise<void> {
  const placeholders = `(${columns.map(() => '?').join(',')})`;
  await uow.db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => placeholders).join(',')}`, rows.flat());
}
