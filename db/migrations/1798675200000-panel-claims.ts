import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Panels pay part of a visit, and are claimed from monthly.
 *
 * - A panel's coverage rules as data: cap per visit, excluded line kinds, co-payment (fixed sen and
 *   a percentage in basis points), whether it accepts an MC, the claim deadline, the statement
 *   period, and its TIN and registration number for e-invoices. Panels made before it cover
 *   everything with no cap and no co-payment, as the counter treated them by hand.
 * - An invoice is one portion of a visit's bill: the patient's or the panel's. The partial unique
 *   index "one non-void invoice per visit" becomes one per visit and portion. Invoices made before
 *   it are the patient's.
 * - panel_bills: for each panel invoice, the member card it was billed on and the split of every
 *   line (covered and patient amounts): what the claim lists. Written once, with the invoice.
 * - claim_batches, claims, claim_receipts, claim_settlements: the panel's statement for a period,
 *   one claim per panel invoice, and what the panel paid, deducted or rejected on each claim.
 */
export class PanelClaims1798675200000 implements MigrationInterface {
  name = 'PanelClaims1798675200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE panels ADD COLUMN cap_per_visit_sen INTEGER CHECK (cap_per_visit_sen IS NULL OR cap_per_visit_sen >= 0)`);
    await db.query(`ALTER TABLE panels ADD COLUMN excluded_kinds_json TEXT NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE panels ADD COLUMN copay_fixed_sen INTEGER NOT NULL DEFAULT 0 CHECK (copay_fixed_sen >= 0)`);
    await db.query(`ALTER TABLE panels ADD COLUMN copay_percent_bp INTEGER NOT NULL DEFAULT 0 CHECK (copay_percent_bp BETWEEN 0 AND 10000)`);
    await db.query(`ALTER TABLE panels ADD COLUMN mc_allowed INTEGER NOT NULL DEFAULT 1`);
    await db.query(`ALTER TABLE panels ADD COLUMN claim_deadline_days INTEGER NOT NULL DEFAULT 30 CHECK (claim_deadline_days > 0)`);
    await db.query(`ALTER TABLE panels ADD COLUMN statement_period TEXT NOT NULL DEFAULT 'monthly' CHECK (statement_period IN ('monthly'))`);
    await db.query(`ALTER TABLE panels ADD COLUMN tin TEXT`);
    await db.query(`ALTER TABLE panels ADD COLUMN registration_no TEXT`);

    await db.query(`ALTER TABLE invoices ADD COLUMN panel_id TEXT REFERENCES panels(id)`);
    await db.query(`ALTER TABLE invoices ADD COLUMN portion TEXT NOT NULL DEFAULT 'patient' CHECK (portion IN ('patient', 'panel'))`);
    await db.query(`DROP INDEX invoices_one_per_visit`);
    await db.query(`CREATE UNIQUE INDEX invoices_one_per_visit_portion ON invoices (visit_id, portion) WHERE status <> 'void' AND visit_id IS NOT NULL`);
    await db.query(`CREATE INDEX invoices_panel ON invoices (panel_id, clinic_date) WHERE panel_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE panel_bills (
        invoice_id TEXT PRIMARY KEY REFERENCES invoices(id),
        patient_invoice_id TEXT NOT NULL REFERENCES invoices(id),
        panel_id TEXT NOT NULL REFERENCES panels(id),
        visit_id TEXT NOT NULL REFERENCES visits(id),
        patient_id TEXT NOT NULL REFERENCES patients(id),
        member_no TEXT NOT NULL,
        relationship TEXT NOT NULL,
        bill_total_sen INTEGER NOT NULL CHECK (bill_total_sen >= 0),
        covered_sen INTEGER NOT NULL CHECK (covered_sen >= 0),
        patient_sen INTEGER NOT NULL CHECK (patient_sen >= 0),
        lines_json TEXT NOT NULL,
        -- Set once, when the bill's claim goes to the panel in a batch: a claimed bill is not voided.
        claimed_batch_id TEXT REFERENCES claim_batches(id),
        CHECK (covered_sen + patient_sen = bill_total_sen)
      )`);
    await db.query(`CREATE INDEX panel_bills_panel ON panel_bills (panel_id)`);

    await db.query(`
      CREATE TABLE claim_batches (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        panel_id TEXT NOT NULL REFERENCES panels(id),
        period TEXT NOT NULL,
        claimed_sen INTEGER NOT NULL CHECK (claimed_sen >= 0),
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX claim_batches_panel ON claim_batches (panel_id, period)`);
    await db.query(`
      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES claim_batches(id),
        invoice_id TEXT NOT NULL UNIQUE REFERENCES invoices(id),
        position INTEGER NOT NULL,
        claimed_sen INTEGER NOT NULL CHECK (claimed_sen >= 0),
        paid_sen INTEGER NOT NULL DEFAULT 0 CHECK (paid_sen >= 0),
        deducted_sen INTEGER NOT NULL DEFAULT 0 CHECK (deducted_sen >= 0),
        rejected_sen INTEGER NOT NULL DEFAULT 0 CHECK (rejected_sen >= 0),
        reject_reason TEXT,
        status TEXT NOT NULL CHECK (status IN ('submitted', 'paid', 'part-paid', 'rejected')),
        CHECK (paid_sen + deducted_sen + rejected_sen <= claimed_sen),
        CHECK (rejected_sen = 0 OR reject_reason IS NOT NULL),
        UNIQUE (batch_id, position)
      )`);
    await db.query(`
      CREATE TABLE claim_receipts (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES claim_batches(id),
        received_on TEXT NOT NULL,
        reference TEXT NOT NULL,
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        recorded_by TEXT REFERENCES users(id),
        recorded_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE claim_settlements (
        id TEXT PRIMARY KEY,
        receipt_id TEXT NOT NULL REFERENCES claim_receipts(id),
        claim_id TEXT NOT NULL REFERENCES claims(id),
        paid_sen INTEGER NOT NULL CHECK (paid_sen >= 0),
        deducted_sen INTEGER NOT NULL CHECK (deducted_sen >= 0),
        rejected_sen INTEGER NOT NULL CHECK (rejected_sen >= 0),
        reason TEXT,
        CHECK (rejected_sen = 0 OR reason IS NOT NULL),
        UNIQUE (receipt_id, claim_id)
      )`);
    await db.query(`CREATE INDEX claim_settlements_claim ON claim_settlements (claim_id)`);
    for (const table of ['panel_bills', 'claim_receipts', 'claim_settlements']) {
      await db.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['claim_settlements', 'claim_receipts', 'claims', 'claim_batches', 'panel_bills']) await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP INDEX invoices_panel`);
    await db.query(`DROP INDEX invoices_one_per_visit_portion`);
    await db.query(`CREATE UNIQUE INDEX invoices_one_per_visit ON invoices (visit_id) WHERE status <> 'void' AND visit_id IS NOT NULL`);
    await db.query(`ALTER TABLE invoices DROP COLUMN portion`);
    await db.query(`ALTER TABLE invoices DROP COLUMN panel_id`);
    for (const column of ['registration_no', 'tin', 'statement_period', 'claim_deadline_days', 'mc_allowed', 'copay_percent_bp', 'copay_fixed_sen', 'excluded_kinds_json', 'cap_per_visit_sen']) {
      await db.query(`ALTER TABLE panels DROP COLUMN ${column}`);
    }
  }
}
