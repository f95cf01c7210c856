import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The starter chart of accounts a clinic's books begin with; the clinic's accountant may add to it. */
const STARTER_CHART: readonly (readonly [code: string, name: string, type: string])[] = [
  ['1000', 'Cash on hand', 'asset'],
  ['1010', 'Card & e-wallet clearing', 'asset'],
  ['1020', 'Bank', 'asset'],
  ['1100', 'Receivables – patients', 'asset'],
  ['1110', 'Receivables – panels', 'asset'],
  ['1200', 'Medicine inventory', 'asset'],
  ['2000', 'Payables – suppliers', 'liability'],
  ['2100', 'Service tax payable', 'liability'],
  ['3000', 'Owner’s equity', 'equity'],
  ['4000', 'Consultation & service fees', 'income'],
  ['4100', 'Medicine sales', 'income'],
  ['4200', 'Discounts given', 'income'],
  ['4900', 'Cash rounding', 'income'],
  ['5000', 'Cost of medicines sold', 'expense'],
  ['5100', 'Panel fees & deductions', 'expense'],
  ['5200', 'Panel claims rejected', 'expense'],
];

/**
 * The clinic's double-entry ledger: a chart of accounts (data, seeded with a starter chart), and
 * journal entries with their lines in whole sen, each line one side only. What the store itself
 * holds to, whatever the code does:
 * - an entry balances: its header is written after its lines, and refused unless the lines add up
 *   to its total on both sides (at least two lines); the lines' key to their entry is checked at
 *   commit, so lines without a header never survive;
 * - an entry once written is never changed or deleted, nor are its lines, and no line joins it
 *   later: a mistake is put right by a reversing entry, which reverses one entry at most once.
 */
export class Ledger1798502400000 implements MigrationInterface {
  name = 'Ledger1798502400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_accounts (
        code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 10 AND code NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
        active BOOLEAN NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts BEGIN SELECT RAISE(ABORT, 'accounts are retired, never deleted'); END`);
    for (const [code, name, type] of STARTER_CHART) await db.query(`INSERT INTO ledger_accounts (code, name, type, active) VALUES (?, ?, ?, 1)`, [code, name, type]);
    await db.query(`
      CREATE TABLE ledger_entries (
        id TEXT PRIMARY KEY,
        clinic_date TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        posted_by TEXT REFERENCES users(id),
        source_kind TEXT NOT NULL CHECK (source_kind IN ('invoice', 'invoice-void', 'receipt', 'receipt-void', 'credit-note', 'refund', 'dispensing', 'goods-received', 'supplier-return', 'panel-payment')),
        source_id TEXT NOT NULL,
        memo TEXT NOT NULL,
        total_sen INTEGER NOT NULL CHECK (total_sen > 0),
        reverses_id TEXT UNIQUE REFERENCES ledger_entries(id)
      )`);
    await db.query(`CREATE INDEX ledger_entries_clinic_date ON ledger_entries (clinic_date)`);
    await db.query(`CREATE INDEX ledger_entries_source ON ledger_entries (source_kind, source_id)`);
    await db.query(`
      CREATE TABLE ledger_lines (
        id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL REFERENCES ledger_entries(id) DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        account_code TEXT NOT NULL REFERENCES ledger_accounts(code),
        debit_sen INTEGER NOT NULL CHECK (debit_sen >= 0),
        credit_sen INTEGER NOT NULL CHECK (credit_sen >= 0),
        CHECK ((debit_sen > 0) <> (credit_sen > 0)),
        UNIQUE (entry_id, position)
      )`);
    await db.query(`CREATE INDEX ledger_lines_account ON ledger_lines (account_code)`);
    // The cost of what one dispensing took is read from its stock movements as it is posted.
    await db.query(`CREATE INDEX stock_movements_reference ON stock_movements (reference_id) WHERE reference_id IS NOT NULL`);
    await db.query(`
      CREATE TRIGGER ledger_entries_balance BEFORE INSERT ON ledger_entries
      WHEN (SELECT count(*) FROM ledger_lines WHERE entry_id = NEW.id) < 2
        OR (SELECT sum(debit_sen) FROM ledger_lines WHERE entry_id = NEW.id) <> NEW.total_sen
        OR (SELECT sum(credit_sen) FROM ledger_lines WHERE entry_id = NEW.id) <> NEW.total_sen
      BEGIN SELECT RAISE(ABORT, 'LEDGER_UNBALANCED: an entry''s debits and credits must both equal its total'); END`);
    await db.query(`
      CREATE TRIGGER ledger_lines_closed BEFORE INSERT ON ledger_lines
      WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.entry_id)
      BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed: post a reversing entry'); END`);
    for (const table of ['ledger_entries', 'ledger_lines']) {
      await db.query(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed: post a reversing entry'); END`);
      await db.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed: post a reversing entry'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stock_movements_reference`);
    await db.query(`DROP TABLE ledger_lines`);
    await db.query(`DROP TABLE ledger_entries`);
    await db.query(`DROP TABLE ledger_accounts`);
  }
}
