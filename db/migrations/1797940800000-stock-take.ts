import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock takes: a count sheet frozen from the stock records (all of them or one shelf) and the
 * count of each batch on it. A posted take is final: its counts became stock adjustments, and
 * the sheet stays as the record of what was counted, by whom and when.
 */
export class StockTake1797940800000 implements MigrationInterface {
  name = 'StockTake1797940800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stock_takes (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        shelf TEXT,
        status TEXT NOT NULL CHECK (status IN ('counting', 'posted', 'cancelled')),
        frozen_at TEXT NOT NULL,
        frozen_by TEXT REFERENCES users(id),
        posted_at TEXT,
        posted_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX stock_takes_frozen ON stock_takes (frozen_at)`);
    await db.query(`
      CREATE TABLE stock_take_lines (
        id TEXT PRIMARY KEY,
        stock_take_id TEXT NOT NULL REFERENCES stock_takes(id),
        batch_id TEXT NOT NULL,
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        medicine_code TEXT,
        medicine_label TEXT NOT NULL,
        batch_no TEXT NOT NULL,
        expiry_date TEXT NOT NULL,
        shelf TEXT,
        unit_cost_sen INTEGER NOT NULL CHECK (unit_cost_sen >= 0),
        expected INTEGER NOT NULL CHECK (expected >= 0),
        counted INTEGER CHECK (counted >= 0),
        counted_by TEXT REFERENCES users(id),
        counted_at TEXT,
        on_hand_at_post INTEGER,
        UNIQUE (stock_take_id, batch_id)
      )`);
    await db.query(`
      CREATE TRIGGER stock_take_lines_no_delete BEFORE DELETE ON stock_take_lines
      BEGIN SELECT RAISE(ABORT, 'a count sheet keeps every line'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stock_take_lines`);
    await db.query(`DROP TABLE stock_takes`);
  }
}
