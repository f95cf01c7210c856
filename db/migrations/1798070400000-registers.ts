import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registers the Poisons Act 1952 asks for, kept electronically as s35(h) allows: the
 * Prescription Book (s24), one entry per supply of a poison, and the psychotropic register
 * (Poisons (Psychotropic Substances) Regulations 1989). An entry is written by the dispensing,
 * never changed and never deleted; a reversed dispensing marks its entries cancelled.
 */
export class Registers1798070400000 implements MigrationInterface {
  name = 'Registers1798070400000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['prescription_book_entries', 'psychotropic_register_entries']) {
      await db.query(`
        CREATE TABLE ${table} (
          id TEXT PRIMARY KEY,
          serial TEXT NOT NULL UNIQUE,
          book_serial TEXT,
          entry_date TEXT NOT NULL,
          medicine_id TEXT NOT NULL REFERENCES medicines(id),
          medicine_label TEXT NOT NULL,
          legal_class TEXT NOT NULL,
          quantity INTEGER NOT NULL CHECK (quantity > 0),
          unit TEXT NOT NULL,
          patient_name TEXT NOT NULL,
          patient_address TEXT,
          prescriber_name TEXT,
          prescription_ref TEXT,
          repeat_of TEXT,
          dispensed_by TEXT NOT NULL,
          dispensing_id TEXT NOT NULL,
          dispensing_line_id TEXT NOT NULL,
          cancelled_at TEXT,
          cancel_reason TEXT,
          created_at TEXT NOT NULL
        )`);
      await db.query(`CREATE INDEX ${table}_date ON ${table} (entry_date, serial)`);
      await db.query(`CREATE INDEX ${table}_dispensing ON ${table} (dispensing_id)`);
      await db.query(`
        CREATE TRIGGER ${table}_unchanged
        BEFORE UPDATE OF id, serial, book_serial, entry_date, medicine_id, medicine_label, legal_class, quantity, unit, patient_name, patient_address, prescriber_name, prescription_ref, repeat_of, dispensed_by, dispensing_id, dispensing_line_id, created_at ON ${table}
        BEGIN SELECT RAISE(ABORT, 'a register entry never changes; cancel it'); END`);
      await db.query(`
        CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'register entries are never deleted'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE psychotropic_register_entries`);
    await db.query(`DROP TABLE prescription_book_entries`);
  }
}
