import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vital signs, one row per recording (a visit may have several: on arrival, after treatment).
 * Clinical entries are never changed or deleted: a correction is a new row naming the one it
 * replaces and why, and a recording is replaced at most once (the second of two people
 * correcting the same recording is refused). Each measure is null when it was not taken; BMI is
 * stored as worked out when recorded. Indexed for a patient's trend, newest first.
 */
export class Vitals1797379200000 implements MigrationInterface {
  name = 'Vitals1797379200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vitals (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        recorded_at TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_by_name TEXT NOT NULL,
        systolic REAL,
        diastolic REAL,
        pulse REAL,
        temperature REAL,
        respiratory_rate REAL,
        spo2 REAL,
        weight REAL,
        height REAL,
        bmi REAL,
        glucose REAL,
        glucose_kind TEXT CHECK (glucose_kind IN ('fasting', 'random')),
        pain REAL,
        head_circumference REAL,
        replaces_id TEXT UNIQUE REFERENCES vitals(id),
        correction_reason TEXT,
        CHECK ((replaces_id IS NULL) = (correction_reason IS NULL)),
        CHECK ((glucose IS NULL) OR (glucose_kind IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX vitals_patient_trend ON vitals (patient_id, recorded_at, id)`);
    await db.query(`CREATE INDEX vitals_visit ON vitals (visit_id, recorded_at, id)`);
    await db.query(`
      CREATE TRIGGER vitals_unchanged BEFORE UPDATE ON vitals
      BEGIN SELECT RAISE(ABORT, 'a vitals recording never changes; record a correction'); END`);
    await db.query(`
      CREATE TRIGGER vitals_no_delete BEFORE DELETE ON vitals
      BEGIN SELECT RAISE(ABORT, 'vitals recordings are never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vitals`);
  }
}
