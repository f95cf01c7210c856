import type { SqliteDatabase } from '../../src/main/store/store-file';
import type { BenchPatient } from './patient-generator';

/**
 * The benchmark's own table, shaped like a patient register. The hub ignores tables it
 * does not know, so it can sit inside a real store without disturbing it.
 */
export const BENCH_PATIENTS_SCHEMA = `
  CREATE TABLE bench_patients (
    id TEXT PRIMARY KEY NOT NULL,
    mrn TEXT NOT NULL,
    full_name TEXT NOT NULL,
    identity_no TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    sex TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    address TEXT NOT NULL,
    allergies TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX bench_patients_identity_no ON bench_patients (identity_no);
  CREATE INDEX bench_patients_full_name ON bench_patients (full_name);
`;

export function createPatientTable(db: SqliteDatabase): void {
  db.exec(BENCH_PATIENTS_SCHEMA);
}

/** Inserts rows in transactions of batchSize rows each (one transaction when batchSize ≥ rows). */
export function insertPatients(db: SqliteDatabase, rows: readonly BenchPatient[], batchSize: number): void {
  const insert = db.prepare(
    `INSERT INTO bench_patients (id, mrn, full_name, identity_no, date_of_birth, sex, phone, email, address, allergies, created_at)
     VALUES (@id, @mrn, @fullName, @identityNo, @dateOfBirth, @sex, @phone, @email, @address, @allergies, @createdAt)`,
  );
  const insertBatch = db.transaction((batch: readonly BenchPatient[]) => {
    for (const row of batch) insert.run(row);
  });
  for (let start = 0; start < rows.length; start += batchSize) insertBatch(rows.slice(start, start + batchSize));
}
