import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a patient's deposit holds: taken, less refunded (what it owed back, before cash rounding), less what paid their invoices. */
const DEPOSIT_BALANCE = (patient: string) => `(
  (SELECT COALESCE(SUM(CASE kind WHEN 'taken' THEN amount_sen ELSE rounding_sen - amount_sen END), 0) FROM deposit_movements WHERE patient_id = ${patient})
  - (SELECT COALESCE(SUM(p.amount_sen), 0) FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.method = 'deposit' AND p.status = 'taken' AND i.patient_id = ${patient})
)`;

/**
 * Deposits: money a patient leaves on account at the counter (under a receipt number from the
 * receipts' sequence), used up by later invoices as payments by 'deposit', and what is left given
 * back. The store holds to it whatever the code does: a deposit never goes below zero, its rows
 * never change, and none is written on a closed day. In the books a deposit is owed to the patient:
 * the chart gains the customer deposits liability.
 */
export class Deposits1799020800000 implements MigrationInterface {
  name = 'Deposits1799020800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO ledger_accounts (code, name, type, active) VALUES ('2200', 'Customer deposits', 'liability', 1)`);
    await db.query(`
      CREATE TABLE deposit_movements (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        kind TEXT NOT NULL CHECK (kind IN ('taken', 'refunded')),
        receipt_no TEXT UNIQUE,
        method TEXT NOT NULL CHECK (method <> 'deposit'),
        amount_sen INTEGER NOT NULL CHECK (amount_sen > 0),
        rounding_sen INTEGER NOT NULL DEFAULT 0 CHECK (kind = 'refunded' OR rounding_sen = 0),
        reference TEXT NOT NULL,
        reason TEXT,
        session_id TEXT REFERENCES cashier_sessions(id),
        clinic_date TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user TEXT REFERENCES users(id),
        CHECK ((kind = 'taken') = (receipt_no IS NOT NULL)),
        CHECK (kind = 'taken' OR reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX deposit_movements_patient ON deposit_movements (patient_id)`);
    await db.query(`CREATE INDEX deposit_movements_session ON deposit_movements (session_id)`);
    await db.query(`CREATE INDEX deposit_movements_clinic_date ON deposit_movements (clinic_date)`);
    await db.query(`
      CREATE TRIGGER deposit_movements_not_on_closed_day BEFORE INSERT ON deposit_movements
      WHEN EXISTS (SELECT 1 FROM clinic_days WHERE clinic_date = NEW.clinic_date)
      BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END`);
    await db.query(`
      CREATE TRIGGER deposit_movements_not_below_zero BEFORE INSERT ON deposit_movements
      WHEN NEW.kind = 'refunded' AND ${DEPOSIT_BALANCE('NEW.patient_id')} < NEW.amount_sen - NEW.rounding_sen
      BEGIN SELECT RAISE(ABORT, 'DEPOSIT_NOT_ENOUGH'); END`);
    await db.query(`
      CREATE TRIGGER payments_deposit_not_below_zero BEFORE INSERT ON payments
      WHEN NEW.method = 'deposit' AND ${DEPOSIT_BALANCE('(SELECT patient_id FROM invoices WHERE id = NEW.invoice_id)')} < NEW.amount_sen
      BEGIN SELECT RAISE(ABORT, 'DEPOSIT_NOT_ENOUGH'); END`);
    for (const event of ['UPDATE', 'DELETE']) {
      await db.query(`CREATE TRIGGER deposit_movements_no_${event.toLowerCase()} BEFORE ${event} ON deposit_movements BEGIN SELECT RAISE(ABORT, 'deposit movements are never changed'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER payments_deposit_not_below_zero`);
    await db.query(`DROP TABLE deposit_movements`);
    // Accounts are never deleted (the store refuses): the deposits account stays, retired.
    await db.query(`UPDATE ledger_accounts SET active = 0 WHERE code = '2200'`);
  }
}
