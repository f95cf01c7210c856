import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit notes: an issued invoice is never edited; what was charged in error, or returned, is
 * credited against it under its own number, with the reason. When the patient had already paid
 * more than the invoice now asks, the difference goes back as a refund (cash from a till's drawer,
 * or by the method it came). Like payments, neither is written on a closed day.
 */
export class CreditNotes1798848000000 implements MigrationInterface {
  name = 'CreditNotes1798848000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invoices ADD COLUMN credited_sen INTEGER NOT NULL DEFAULT 0 CHECK (credited_sen >= 0)`);
    await db.query(`ALTER TABLE invoices ADD COLUMN refunded_sen INTEGER NOT NULL DEFAULT 0 CHECK (refunded_sen >= 0)`);
    await db.query(`
      CREATE TABLE credit_notes (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        invoice_id TEXT NOT NULL REFERENCES invoices(id),
        clinic_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        tax_sen INTEGER NOT NULL CHECK (tax_sen >= 0),
        total_sen INTEGER NOT NULL CHECK (total_sen = amount_sen + tax_sen AND total_sen > 0),
        issued_by TEXT REFERENCES users(id),
        issued_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id)`);
    await db.query(`CREATE INDEX credit_notes_clinic_date ON credit_notes (clinic_date)`);
    await db.query(`
      CREATE TABLE credit_note_lines (
        id TEXT PRIMARY KEY,
        credit_note_id TEXT NOT NULL REFERENCES credit_notes(id),
        invoice_line_id TEXT NOT NULL REFERENCES invoice_lines(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        tax_sen INTEGER NOT NULL CHECK (tax_sen >= 0)
      )`);
    await db.query(`CREATE INDEX credit_note_lines_invoice_line ON credit_note_lines (invoice_line_id)`);
    await db.query(`
      CREATE TABLE refunds (
        id TEXT PRIMARY KEY,
        credit_note_id TEXT NOT NULL REFERENCES credit_notes(id),
        invoice_id TEXT NOT NULL REFERENCES invoices(id),
        method TEXT NOT NULL,
        amount_sen INTEGER NOT NULL CHECK (amount_sen > 0),
        rounding_sen INTEGER NOT NULL DEFAULT 0,
        reference TEXT NOT NULL DEFAULT '',
        session_id TEXT REFERENCES cashier_sessions(id),
        clinic_date TEXT NOT NULL,
        refunded_by TEXT REFERENCES users(id),
        refunded_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX refunds_clinic_date ON refunds (clinic_date)`);
    await db.query(`CREATE INDEX refunds_session ON refunds (session_id)`);
    for (const table of ['credit_notes', 'refunds']) {
      await db.query(`
        CREATE TRIGGER ${table}_not_on_closed_day BEFORE INSERT ON ${table}
        WHEN EXISTS (SELECT 1 FROM clinic_days WHERE clinic_date = NEW.clinic_date)
        BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['credit_notes', 'refunds']) await db.query(`DROP TRIGGER ${table}_not_on_closed_day`);
    await db.query(`DROP TABLE refunds`);
    await db.query(`DROP TABLE credit_note_lines`);
    await db.query(`DROP TABLE credit_notes`);
    await db.query(`ALTER TABLE invoices DROP COLUMN refunded_sen`);
    await db.query(`ALTER TABLE invoices DROP COLUMN credited_sen`);
  }
}
