import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices and the payments against them. An invoice once issued is never edited: its lines and
 * totals are written once; what changes is its status (issued → part-paid → paid, or void with a
 * reason) and what has been paid. A visit has at most one invoice that is not void (the partial
 * unique index says so, whatever the code does). Payments are never deleted: a voided payment keeps
 * its row with who, when and why. Money is integer sen throughout.
 *
 * `billing.adjust` (discounts, voids) is new: stores made before it give it to admin and finance.
 */
export class Billing1798329600000 implements MigrationInterface {
  name = 'Billing1798329600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invoices (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        visit_id TEXT REFERENCES visits(id),
        patient_id TEXT REFERENCES patients(id),
        bill_to TEXT NOT NULL,
        clinic_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('issued', 'part-paid', 'paid', 'void')),
        subtotal_sen INTEGER NOT NULL CHECK (subtotal_sen >= 0),
        discount_sen INTEGER NOT NULL CHECK (discount_sen >= 0 AND discount_sen <= subtotal_sen),
        discount_reason TEXT,
        tax_sen INTEGER NOT NULL CHECK (tax_sen >= 0),
        total_sen INTEGER NOT NULL CHECK (total_sen = subtotal_sen - discount_sen + tax_sen),
        paid_sen INTEGER NOT NULL DEFAULT 0 CHECK (paid_sen >= 0),
        rounding_sen INTEGER NOT NULL DEFAULT 0,
        issued_by TEXT REFERENCES users(id),
        issued_at TEXT NOT NULL,
        void_reason TEXT,
        voided_by TEXT REFERENCES users(id),
        voided_at TEXT,
        CHECK ((status = 'void') = (void_reason IS NOT NULL)),
        CHECK (discount_sen = 0 OR discount_reason IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX invoices_one_per_visit ON invoices (visit_id) WHERE status <> 'void' AND visit_id IS NOT NULL`);
    await db.query(`CREATE INDEX invoices_clinic_date ON invoices (clinic_date)`);
    await db.query(`CREATE INDEX invoices_patient ON invoices (patient_id)`);
    await db.query(`
      CREATE TABLE invoice_lines (
        id TEXT PRIMARY KEY,
        invoice_id TEXT NOT NULL REFERENCES invoices(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('fee', 'charge-line')),
        source_id TEXT NOT NULL,
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_sen INTEGER NOT NULL CHECK (unit_price_sen >= 0),
        amount_sen INTEGER NOT NULL CHECK (amount_sen = quantity * unit_price_sen),
        discount_sen INTEGER NOT NULL CHECK (discount_sen >= 0 AND discount_sen <= amount_sen),
        tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp >= 0),
        tax_sen INTEGER NOT NULL CHECK (tax_sen >= 0),
        UNIQUE (invoice_id, position)
      )`);
    await db.query(`CREATE INDEX invoice_lines_source ON invoice_lines (source_kind, source_id)`);
    await db.query(`
      CREATE TABLE payments (
        id TEXT PRIMARY KEY,
        receipt_no TEXT NOT NULL,
        invoice_id TEXT NOT NULL REFERENCES invoices(id),
        method TEXT NOT NULL,
        amount_sen INTEGER NOT NULL CHECK (amount_sen > 0),
        tendered_sen INTEGER NOT NULL CHECK (tendered_sen >= amount_sen),
        change_sen INTEGER NOT NULL CHECK (change_sen = tendered_sen - amount_sen),
        rounding_sen INTEGER NOT NULL DEFAULT 0,
        reference TEXT NOT NULL DEFAULT '',
        clinic_date TEXT NOT NULL,
        taken_by TEXT REFERENCES users(id),
        taken_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('taken', 'void')),
        void_reason TEXT,
        voided_by TEXT REFERENCES users(id),
        voided_at TEXT,
        CHECK ((status = 'void') = (void_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX payments_invoice ON payments (invoice_id)`);
    await db.query(`CREATE INDEX payments_clinic_date ON payments (clinic_date)`);
    await db.query(`CREATE INDEX payments_receipt ON payments (receipt_no)`);
    // The counter's worklist: consultations finished since the day began.
    await db.query(`CREATE INDEX encounters_signed_at ON encounters (signed_at)`);
    await db.query(
      `UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', 'billing.adjust')
       WHERE key IN ('admin', 'finance') AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = 'billing.adjust')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'billing.adjust')`);
    await db.query(`DROP INDEX encounters_signed_at`);
    await db.query(`DROP TABLE payments`);
    await db.query(`DROP TABLE invoice_lines`);
    await db.query(`DROP TABLE invoices`);
  }
}
