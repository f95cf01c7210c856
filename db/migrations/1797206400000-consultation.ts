import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The doctor's record of a visit: the SOAP note (a draft saved as it is typed, then signed when the
 * visit finishes), its ICD-10 diagnoses, amendments to a signed note (the original kept), and note
 * templates (the clinic's and each doctor's). Clinical rows are never deleted, and a signed note's
 * text never changes in place: the store refuses both.
 */
export class Consultation1797206400000 implements MigrationInterface {
  name = 'Consultation1797206400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE encounters (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL UNIQUE REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        doctor_id TEXT REFERENCES users(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        subjective TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT '',
        assessment TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id),
        signed_at TEXT,
        signed_by TEXT REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX encounters_patient ON encounters (patient_id, created_at)`);
    await db.query(`
      CREATE TRIGGER encounters_signed_unchanged
      BEFORE UPDATE OF subjective, objective, assessment, plan, status, visit_id, patient_id ON encounters
      WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note never changes; amend it'); END`);
    await db.query(`
      CREATE TRIGGER encounters_no_delete BEFORE DELETE ON encounters
      BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END`);

    await db.query(`
      CREATE TABLE encounter_diagnoses (
        id TEXT PRIMARY KEY,
        encounter_id TEXT NOT NULL REFERENCES encounters(id),
        code TEXT NOT NULL,
        description TEXT NOT NULL,
        is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
        position INTEGER NOT NULL,
        UNIQUE (encounter_id, code)
      )`);
    await db.query(`CREATE INDEX encounter_diagnoses_code ON encounter_diagnoses (code)`);

    await db.query(`
      CREATE TABLE note_amendments (
        id TEXT PRIMARY KEY,
        encounter_id TEXT NOT NULL REFERENCES encounters(id),
        section TEXT NOT NULL CHECK (section IN ('subjective', 'objective', 'assessment', 'plan')),
        before_text TEXT NOT NULL,
        after_text TEXT NOT NULL,
        reason TEXT NOT NULL,
        amended_by TEXT REFERENCES users(id),
        amended_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX note_amendments_encounter ON note_amendments (encounter_id, amended_at)`);
    await db.query(`
      CREATE TRIGGER note_amendments_unchanged BEFORE UPDATE ON note_amendments
      BEGIN SELECT RAISE(ABORT, 'an amendment never changes; amend again'); END`);
    await db.query(`
      CREATE TRIGGER note_amendments_no_delete BEFORE DELETE ON note_amendments
      BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END`);

    await db.query(`
      CREATE TABLE note_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner_id TEXT REFERENCES users(id),
        subjective TEXT NOT NULL DEFAULT '',
        objective TEXT NOT NULL DEFAULT '',
        assessment TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX note_templates_owner ON note_templates (owner_id, name)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['note_templates', 'note_amendments', 'encounter_diagnoses', 'encounters']) await db.query(`DROP TABLE ${table}`);
  }
}
