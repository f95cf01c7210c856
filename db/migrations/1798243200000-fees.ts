import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clinic's fee schedule: consultations (for every doctor or one, at any hour or in a window of
 * the day), procedures, lab tests and packages, with their prices in sen. A fee is retired by its
 * active flag, never deleted, so an invoice can always name the fee it charged.
 */
export class Fees1798243200000 implements MigrationInterface {
  name = 'Fees1798243200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE fees (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('consultation', 'procedure', 'lab', 'package', 'other')),
        price_sen INTEGER NOT NULL CHECK (price_sen >= 0),
        taxable BOOLEAN NOT NULL,
        doctor_id TEXT REFERENCES users(id),
        from_time TEXT,
        to_time TEXT,
        active BOOLEAN NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((from_time IS NULL) = (to_time IS NULL)),
        CHECK (doctor_id IS NULL OR kind = 'consultation')
      )`);
    await db.query(`CREATE TRIGGER fees_no_delete BEFORE DELETE ON fees BEGIN SELECT RAISE(ABORT, 'fees are retired, never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE fees`);
  }
}
