import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * LHDN MyInvois e-invoices: each document built (an individual one for an invoice and its buyer, or
 * a month's consolidated one), the exact JSON sent and its hash, its status and MyInvois's answer,
 * and which invoices it covers. A month has at most one consolidated e-invoice that is not refused
 * (rejected or invalid); a draft rebuilt replaces the draft, never a submitted one.
 *
 * `einvoice.submit` (build and submit) is new: stores made before it give it to admin and finance.
 */
export class Einvoices1798588800000 implements MigrationInterface {
  name = 'Einvoices1798588800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE einvoice_documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('individual', 'consolidated')),
        code_number TEXT NOT NULL UNIQUE,
        period TEXT,
        buyer_name TEXT NOT NULL,
        buyer_tin TEXT NOT NULL,
        buyer_json TEXT NOT NULL,
        line_count INTEGER NOT NULL CHECK (line_count > 0),
        total_excluding_tax_sen INTEGER NOT NULL CHECK (total_excluding_tax_sen >= 0),
        tax_sen INTEGER NOT NULL CHECK (tax_sen >= 0),
        total_sen INTEGER NOT NULL CHECK (total_sen = total_excluding_tax_sen + tax_sen),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'valid', 'invalid', 'rejected')),
        document_json TEXT NOT NULL,
        document_hash TEXT NOT NULL,
        submission_uid TEXT,
        document_uuid TEXT,
        long_id TEXT,
        validation_json TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        submitted_by TEXT REFERENCES users(id),
        submitted_at TEXT,
        checked_at TEXT,
        CHECK ((kind = 'consolidated') = (period IS NOT NULL)),
        CHECK (status = 'draft' OR submitted_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX einvoice_documents_one_per_month ON einvoice_documents (period) WHERE kind = 'consolidated' AND status IN ('draft', 'submitted', 'valid')`);
    await db.query(`CREATE INDEX einvoice_documents_status ON einvoice_documents (status)`);
    await db.query(`
      CREATE TABLE einvoice_document_invoices (
        document_id TEXT NOT NULL REFERENCES einvoice_documents(id) ON DELETE CASCADE,
        invoice_id TEXT NOT NULL REFERENCES invoices(id),
        PRIMARY KEY (document_id, invoice_id)
      )`);
    await db.query(`CREATE INDEX einvoice_document_invoices_invoice ON einvoice_document_invoices (invoice_id)`);
    await db.query(
      `UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', 'einvoice.submit')
       WHERE key IN ('admin', 'finance') AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = 'einvoice.submit')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'einvoice.submit')`);
    await db.query(`DROP TABLE einvoice_document_invoices`);
    await db.query(`DROP TABLE einvoice_documents`);
  }
}
