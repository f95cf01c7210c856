import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `expr` with the separators people type in numbers removed, as the patients migration indexed it. */
function digitsOnly(expr: string): string {
  return ['-', ' ', '+', '(', ')', '.', '/'].reduce((inner, separator) => `replace(${inner}, '${separator}', '')`, expr);
}

const SEARCH_COLUMNS = 'rowid, mrn, full_name, identity_no, identity_digits, phone_digits';
const BULK_HASH_BYTES = 64 * 1024 * 1024;
const FTS5_DEFAULT_HASH_BYTES = 1024 * 1024;

/**
 * Lets a bulk import index its patients in one statement. The search trigger fired row by row,
 * and FTS5 wrote a small index segment at the end of every statement that fired it, then merged
 * them: a large part of a 100k-row import's time. Now:
 * - `patient_search_source` is the one definition of a living patient's searchable text (the
 *   same text the patients migration indexed), used by the triggers and by bulk writers alike;
 * - while `patient_search_deferred` holds its row, new patients get no search row from the
 *   trigger; the writer that set it clears it and indexes its rows with one INSERT … SELECT,
 *   in the same transaction, so no committed state ever lacks a search row;
 * - FTS5 gathers up to 64 MiB of index data in memory before writing a segment (its `hashsize`
 *   setting, 1 MiB by default): one bulk INSERT then writes a few large segments instead of a
 *   hundred small ones that must be merged (halves the indexing time of 100k patients). A
 *   single registration's pending data is written at its commit, as before.
 */
export class PatientSearchDeferral1795910400000 implements MigrationInterface {
  name = 'PatientSearchDeferral1795910400000';

  async up(db: QueryRunner): Promise<void> {
    const phoneDigits = `(SELECT group_concat(${digitsOnly('value')}, ' ') FROM json_each(p.phones_json))`;
    await db.query(`
      CREATE VIEW patient_search_source AS
      SELECT p.rowid AS rowid, p.mrn AS mrn, p.full_name AS full_name, p.identity_no AS identity_no,
             ${digitsOnly('p.identity_no')} AS identity_digits, coalesce(${phoneDigits}, '') AS phone_digits
      FROM patients AS p WHERE p.merged_into_id IS NULL`);
    await db.query(`CREATE TABLE patient_search_deferred (only INTEGER PRIMARY KEY CHECK (only = 1))`);
    await db.query(`DROP TRIGGER patients_search_insert`);
    await db.query(`DROP TRIGGER patients_search_update`);
    await db.query(`
      CREATE TRIGGER patients_search_insert AFTER INSERT ON patients
      WHEN NOT EXISTS (SELECT 1 FROM patient_search_deferred)
      BEGIN
        INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM patient_search_source WHERE rowid = new.rowid;
      END`);
    await db.query(`
      CREATE TRIGGER patients_search_update AFTER UPDATE ON patients
      BEGIN
        DELETE FROM patient_search WHERE rowid = old.rowid;
        INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM patient_search_source WHERE rowid = new.rowid;
      END`);
    await db.query(`INSERT INTO patient_search (patient_search, rank) VALUES ('hashsize', ${BULK_HASH_BYTES})`);
  }

  async down(db: QueryRunner): Promise<void> {
    const phoneDigits = `(SELECT group_concat(${digitsOnly('value')}, ' ') FROM json_each(new.phones_json))`;
    const values = `new.rowid, new.mrn, new.full_name, new.identity_no, ${digitsOnly('new.identity_no')}, coalesce(${phoneDigits}, '')`;
    await db.query(`INSERT INTO patient_search (patient_search, rank) VALUES ('hashsize', ${FTS5_DEFAULT_HASH_BYTES})`);
    await db.query(`DROP TRIGGER patients_search_insert`);
    await db.query(`DROP TRIGGER patients_search_update`);
    await db.query(`
      CREATE TRIGGER patients_search_insert AFTER INSERT ON patients
      WHEN new.merged_into_id IS NULL
      BEGIN
        INSERT INTO patient_search (${SEARCH_COLUMNS}) VALUES (${values});
      END`);
    await db.query(`
      CREATE TRIGGER patients_search_update AFTER UPDATE ON patients
      BEGIN
        DELETE FROM patient_search WHERE rowid = old.rowid;
        INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${values} WHERE new.merged_into_id IS NULL;
      END`);
    await db.query(`DROP TABLE patient_search_deferred`);
    await db.query(`DROP VIEW patient_search_source`);
  }
}
