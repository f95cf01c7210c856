import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the dispensary handed over: a dispensing (from a visit's prescription, or an over-the-counter
 * sale to a walk-in buyer), its lines with the batches each came from and the Prescription Book
 * serial, and the charge lines the billing issue turns into invoice lines. Rows are never deleted;
 * a dispensing given back is marked reversed, with who, when and why.
 */
export class Dispensing1798156800000 implements MigrationInterface {
  name = 'Dispensing1798156800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dispensings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('prescription', 'sale')),
        visit_id TEXT REFERENCES visits(id),
        patient_id TEXT REFERENCES patients(id),
        buyer_name TEXT,
        buyer_address TEXT,
        dispensed_by TEXT REFERENCES users(id),
        dispensed_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('done', 'reversed')),
        reversed_reason TEXT,
        reversed_by TEXT REFERENCES users(id),
        reversed_at TEXT,
        CHECK ((kind = 'prescription') = (visit_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX dispensings_visit ON dispensings (visit_id)`);
    await db.query(`CREATE INDEX dispensings_at ON dispensings (dispensed_at)`);
    await db.query(`
      CREATE TABLE dispensed_lines (
        id TEXT PRIMARY KEY,
        dispensing_id TEXT NOT NULL REFERENCES dispensings(id),
        prescription_line_id TEXT REFERENCES prescription_lines(id),
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        medicine_label TEXT NOT NULL,
        legal_class TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit TEXT NOT NULL,
        takes_json TEXT NOT NULL,
        batch_reason TEXT,
        directions TEXT NOT NULL DEFAULT '',
        register_serial TEXT
      )`);
    await db.query(`CREATE INDEX dispensed_lines_dispensing ON dispensed_lines (dispensing_id)`);
    await db.query(`CREATE INDEX dispensed_lines_prescription ON dispensed_lines (prescription_line_id)`);
    await db.query(`
      CREATE TABLE charge_lines (
        id TEXT PRIMARY KEY,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('dispensing')),
        source_id TEXT NOT NULL,
        dispensing_id TEXT REFERENCES dispensings(id),
        visit_id TEXT REFERENCES visits(id),
        patient_id TEXT REFERENCES patients(id),
        medicine_id TEXT REFERENCES medicines(id),
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_sen INTEGER CHECK (unit_price_sen >= 0),
        status TEXT NOT NULL CHECK (status IN ('to-charge', 'void')),
        created_at TEXT NOT NULL,
        UNIQUE (source_kind, source_id)
      )`);
    await db.query(`CREATE INDEX charge_lines_visit ON charge_lines (visit_id, status)`);
    for (const table of ['dispensings', 'dispensed_lines', 'charge_lines']) {
      await db.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'dispensing records are never deleted'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE charge_lines`);
    await db.query(`DROP TABLE dispensed_lines`);
    await db.query(`DROP TABLE dispensings`);
  }
}
