import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `expr` with the separators people type in numbers removed, so `850615-14-5231` is found as `850615145231`. */
function digitsOnly(expr: string): string {
  return ['-', ' ', '+', '(', ')', '.', '/'].reduce((inner, separator) => `replace(${inner}, '${separator}', '')`, expr);
}

/** The searchable text of the patient row `row` (`new` in a trigger): one search row per patient, same rowid. */
function searchValues(row: string): string {
  const phoneDigits = `(SELECT group_concat(${digitsOnly('value')}, ' ') FROM json_each(${row}.phones_json))`;
  return `${row}.rowid, ${row}.mrn, ${row}.full_name, ${row}.identity_no, ${digitsOnly(`${row}.identity_no`)}, coalesce(${phoneDigits}, '')`;
}

/**
 * The patient registry: patients with their edit history, per-branch human number sequences
 * (MRN now; invoice and ticket numbers later), and a trigram full-text index for search
 * as you type. Merged patients leave the search index but stay in the table.
 */
export class Patients1795478400000 implements MigrationInterface {
  name = 'Patients1795478400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sequences (
        name TEXT PRIMARY KEY,
        next_value INTEGER NOT NULL
      )`);
    await db.query(`
      CREATE TABLE patients (
        id TEXT PRIMARY KEY,
        mrn TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        identity_type TEXT NOT NULL CHECK (identity_type IN ('mykad', 'passport', 'aadhaar', 'other')),
        identity_no TEXT NOT NULL,
        nationality TEXT,
        date_of_birth TEXT,
        sex TEXT CHECK (sex IN ('male', 'female')),
        phones_json TEXT NOT NULL DEFAULT '[]',
        email TEXT,
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        emergency_contact_json TEXT,
        employer TEXT NOT NULL DEFAULT '',
        allergies_json TEXT NOT NULL DEFAULT '[]',
        chronic_conditions_json TEXT NOT NULL DEFAULT '[]',
        alerts_json TEXT NOT NULL DEFAULT '[]',
        merged_into_id TEXT REFERENCES patients(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      )`);
    // One living record per document; a merged-away record may keep the same number.
    await db.query(`CREATE UNIQUE INDEX patients_identity ON patients (identity_type, identity_no) WHERE merged_into_id IS NULL`);
    await db.query(`CREATE INDEX patients_birth_name ON patients (date_of_birth, full_name COLLATE NOCASE)`);
    await db.query(`CREATE INDEX patients_name ON patients (full_name COLLATE NOCASE)`);
    await db.query(`
      CREATE TABLE patient_versions (
        patient_id TEXT NOT NULL REFERENCES patients(id),
        version INTEGER NOT NULL,
        snapshot_json TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT,
        PRIMARY KEY (patient_id, version)
      )`);
    // Records are never hard-deleted, in the store itself as well as in our code.
    await db.query(`
      CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
      BEGIN SELECT RAISE(ABORT, 'patients are never deleted; merge instead'); END`);
    await db.query(`
      CREATE VIRTUAL TABLE patient_search USING fts5(
        mrn, full_name, identity_no, identity_digits, phone_digits,
        tokenize = 'trigram'
      )`);
    await db.query(`
      CREATE TRIGGER patients_search_insert AFTER INSERT ON patients
      WHEN new.merged_into_id IS NULL
      BEGIN
        INSERT INTO patient_search (rowid, mrn, full_name, identity_no, identity_digits, phone_digits) VALUES (${searchValues('new')});
      END`);
    await db.query(`
      CREATE TRIGGER patients_search_update AFTER UPDATE ON patients
      BEGIN
        DELETE FROM patient_search WHERE rowid = old.rowid;
        INSERT INTO patient_search (rowid, mrn, full_name, identity_no, identity_digits, phone_digits)
          SELECT ${searchValues('new')} WHERE new.merged_into_id IS NULL;
      END`);
    // Stores made before this migration have their admin role already; it gains the new permission.
    await db.query(`
      UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', 'patients.merge')
      WHERE key = 'admin' AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = 'patients.merge')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'patients.merge')`);
    for (const trigger of ['patients_search_update', 'patients_search_insert', 'patients_no_delete']) await db.query(`DROP TRIGGER ${trigger}`);
    for (const table of ['patient_search', 'patient_versions', 'patients', 'sequences']) await db.query(`DROP TABLE ${table}`);
  }
}
