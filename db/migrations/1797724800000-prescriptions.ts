import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prescription lines written in the doctor's room: what the prescriber chose, the quantity to
 * dispense, the safety findings shown at the time and the reason for going ahead. A line is
 * cancelled (with a reason) while the visit is open, never deleted; its content never changes.
 */
export class Prescriptions1797724800000 implements MigrationInterface {
  name = 'Prescriptions1797724800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE prescription_lines (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        medicine_label TEXT NOT NULL,
        generic TEXT NOT NULL,
        drug_class TEXT,
        dose_value REAL NOT NULL CHECK (dose_value > 0),
        dose_unit TEXT NOT NULL,
        frequency TEXT NOT NULL,
        duration_days INTEGER,
        route TEXT NOT NULL,
        timing TEXT NOT NULL,
        quantity REAL NOT NULL CHECK (quantity > 0),
        quantity_unit TEXT NOT NULL,
        instructions TEXT NOT NULL DEFAULT '',
        dispensing TEXT NOT NULL CHECK (dispensing IN ('in-house', 'external')),
        findings_json TEXT NOT NULL DEFAULT '[]',
        override_reason TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'cancelled')),
        cancel_reason TEXT,
        prescribed_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX prescription_lines_visit ON prescription_lines (visit_id, created_at)`);
    await db.query(`CREATE INDEX prescription_lines_patient ON prescription_lines (patient_id, created_at)`);
    await db.query(`
      CREATE TRIGGER prescription_lines_unchanged
      BEFORE UPDATE OF id, visit_id, patient_id, medicine_id, medicine_label, generic, drug_class, dose_value, dose_unit, frequency, duration_days, route, timing, quantity, quantity_unit, instructions, dispensing, findings_json, override_reason, prescribed_by, created_at ON prescription_lines
      BEGIN SELECT RAISE(ABORT, 'a prescription line never changes; cancel it and write another'); END`);
    // The visit's prescription is final once the doctor finishes the visit: the dispensary works from it, no line is added after.
    await db.query(`
      CREATE TABLE prescriptions_issued (
        visit_id TEXT PRIMARY KEY REFERENCES visits(id),
        issued_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TRIGGER prescription_lines_no_delete BEFORE DELETE ON prescription_lines
      BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE prescriptions_issued`);
    await db.query(`DROP TABLE prescription_lines`);
  }
}
