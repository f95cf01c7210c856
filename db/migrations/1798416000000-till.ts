import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The till and the day's closing. A cashier opens a session with a float and closes it by counting
 * the drawer; every payment belongs to the session it was taken in (older payments have none), and
 * a cash refund to the session whose drawer it left. A clinic day, once closed, has a numbered
 * Z report kept as it was closed, and its money is locked: the triggers refuse new invoices or
 * payments dated on it and voids of what it holds, whatever the code does.
 */
export class Till1798416000000 implements MigrationInterface {
  name = 'Till1798416000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cashier_sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        clinic_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        float_sen INTEGER NOT NULL CHECK (float_sen >= 0),
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        expected_cash_sen INTEGER,
        counted_cash_sen INTEGER CHECK (counted_cash_sen >= 0),
        count_json TEXT,
        variance_reason TEXT,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL AND expected_cash_sen IS NOT NULL AND counted_cash_sen IS NOT NULL)),
        CHECK (status = 'open' OR counted_cash_sen = expected_cash_sen OR variance_reason IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX cashier_sessions_one_open ON cashier_sessions (user_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX cashier_sessions_clinic_date ON cashier_sessions (clinic_date)`);
    await db.query(`ALTER TABLE payments ADD COLUMN session_id TEXT REFERENCES cashier_sessions(id)`);
    await db.query(`ALTER TABLE payments ADD COLUMN voided_session_id TEXT REFERENCES cashier_sessions(id)`);
    await db.query(`ALTER TABLE payments ADD COLUMN voided_clinic_date TEXT`);
    await db.query(`CREATE INDEX payments_session ON payments (session_id)`);
    await db.query(`CREATE INDEX payments_voided_clinic_date ON payments (voided_clinic_date)`);
    await db.query(`CREATE INDEX invoices_voided_at ON invoices (voided_at)`);
    // Closing the day looks for visits still open on it or before.
    await db.query(`CREATE INDEX visits_status_date ON visits (status, clinic_date)`);
    await db.query(`
      CREATE TABLE clinic_days (
        clinic_date TEXT PRIMARY KEY,
        z_no TEXT NOT NULL UNIQUE,
        closed_at TEXT NOT NULL,
        closed_by TEXT REFERENCES users(id),
        report_json TEXT NOT NULL
      )`);
    for (const table of ['invoices', 'payments']) {
      await db.query(`
        CREATE TRIGGER ${table}_not_on_closed_day BEFORE INSERT ON ${table}
        WHEN EXISTS (SELECT 1 FROM clinic_days WHERE clinic_date = NEW.clinic_date)
        BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END`);
    }
    await db.query(`
      CREATE TRIGGER invoices_void_not_on_closed_day BEFORE UPDATE OF status ON invoices
      WHEN NEW.status = 'void' AND OLD.status <> 'void' AND EXISTS (SELECT 1 FROM clinic_days WHERE clinic_date = OLD.clinic_date)
      BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END`);
    await db.query(`
      CREATE TRIGGER payments_void_not_on_closed_day BEFORE UPDATE OF status ON payments
      WHEN NEW.status = 'void' AND OLD.status <> 'void' AND EXISTS (SELECT 1 FROM clinic_days WHERE clinic_date IN (OLD.clinic_date, NEW.voided_clinic_date))
      BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const trigger of ['invoices_not_on_closed_day', 'payments_not_on_closed_day', 'invoices_void_not_on_closed_day', 'payments_void_not_on_closed_day']) await db.query(`DROP TRIGGER ${trigger}`);
    await db.query(`DROP TABLE clinic_days`);
    await db.query(`DROP INDEX visits_status_date`);
    await db.query(`DROP INDEX invoices_voided_at`);
    await db.query(`DROP INDEX payments_voided_clinic_date`);
    await db.query(`DROP INDEX payments_session`);
    for (const column of ['voided_clinic_date', 'voided_session_id', 'session_id']) await db.query(`ALTER TABLE payments DROP COLUMN ${column}`);
    await db.query(`DROP TABLE cashier_sessions`);
  }
}
