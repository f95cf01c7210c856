import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAMPS = `
        version INTEGER NOT NULL CHECK (version >= 1),
        visit_id TEXT REFERENCES visits(id),
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id)`;

/**
 * The patient's chart kept across visits: the problem list, long-term medications, and one
 * medical and social history per patient. Rows are closed (resolved, stopped, entered in error),
 * never deleted: the store refuses a delete, and every change's before and after is in the audit log.
 */
export class PatientChart1797465600000 implements MigrationInterface {
  name = 'PatientChart1797465600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE chart_problems (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        condition TEXT NOT NULL,
        icd_code TEXT,
        onset TEXT,
        chronic INTEGER NOT NULL CHECK (chronic IN (0, 1)),
        notes TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'resolved', 'entered_in_error')),
        closed_on TEXT,
        closed_reason TEXT NOT NULL,${STAMPS}
      )`);
    await db.query(`CREATE INDEX chart_problems_patient ON chart_problems (patient_id, created_at)`);
    await db.query(`
      CREATE TABLE chart_medications (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        medicine_name TEXT NOT NULL,
        medicine_id TEXT,
        dose TEXT NOT NULL,
        frequency TEXT NOT NULL,
        since TEXT,
        notes TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('current', 'stopped', 'entered_in_error')),
        stopped_on TEXT,
        stop_reason TEXT NOT NULL,${STAMPS}
      )`);
    await db.query(`CREATE INDEX chart_medications_patient ON chart_medications (patient_id, created_at)`);
    await db.query(`
      CREATE TABLE chart_histories (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL UNIQUE REFERENCES patients(id),
        past_illnesses_json TEXT NOT NULL,
        surgeries_json TEXT NOT NULL,
        family_history_json TEXT NOT NULL,
        social_json TEXT NOT NULL,${STAMPS}
      )`);
    for (const table of ['chart_problems', 'chart_medications', 'chart_histories']) {
      await db.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'chart records are never deleted'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['chart_histories', 'chart_medications', 'chart_problems']) await db.query(`DROP TABLE ${table}`);
  }
}
