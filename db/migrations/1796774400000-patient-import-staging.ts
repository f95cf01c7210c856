import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A CSV import staged in the store instead of the hub's memory, and written in short chunks
 * that stay invisible until the last one:
 * - `patient_imports`: one row per import in progress (uploading, checked or being written);
 * - `patient_import_rows`: the file's records as uploaded, by row number, until written;
 * - `patients.import_id`: the import a patient came from. A patient whose import is still in
 *   `patient_imports` is pending: every read leaves it out, and deleting it (cancel, or clearing
 *   what a crash left) is allowed. Removing the import's row is the one small write that makes
 *   all its patients visible at once.
 */
export class PatientImportStaging1796774400000 implements MigrationInterface {
  name = 'PatientImportStaging1796774400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE patient_imports (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE patient_import_rows (
        import_id TEXT NOT NULL,
        row INTEGER NOT NULL,
        cells_json TEXT NOT NULL,
        PRIMARY KEY (import_id, row)
      ) WITHOUT ROWID`);
    await db.query(`ALTER TABLE patients ADD COLUMN import_id TEXT`);
    await db.query(`CREATE INDEX patients_import ON patients (import_id) WHERE import_id IS NOT NULL`);
    await db.query(`DROP TRIGGER patients_no_delete`);
    await db.query(`
      CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
      WHEN old.import_id IS NULL OR old.import_id NOT IN (SELECT id FROM patient_imports)
      BEGIN SELECT RAISE(ABORT, 'patients are never deleted; merge instead'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER patients_no_delete`);
    await db.query(`
      CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
      BEGIN SELECT RAISE(ABORT, 'patients are never deleted; merge instead'); END`);
    await db.query(`DROP INDEX patients_import`);
    await db.query(`ALTER TABLE patients DROP COLUMN import_id`);
    await db.query(`DROP TABLE patient_import_rows`);
    await db.query(`DROP TABLE patient_imports`);
  }
}
