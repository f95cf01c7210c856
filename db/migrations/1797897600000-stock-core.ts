import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock by batch. A batch's on_hand is a cache of the sum of its movements, kept in the row so
 * FEFO and valuation read one row per batch; CHECK (on_hand >= 0) is the store's last word that
 * stock never goes negative, whatever two dispensers do at once. Movements are never edited or
 * deleted: a mistake is corrected by another movement.
 */
export class StockCore1797897600000 implements MigrationInterface {
  name = 'StockCore1797897600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stock_batches (
        id TEXT PRIMARY KEY,
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        batch_no TEXT NOT NULL,
        expiry_date TEXT NOT NULL,
        unit_cost_sen INTEGER NOT NULL CHECK (unit_cost_sen >= 0),
        supplier_id TEXT,
        shelf TEXT,
        on_hand INTEGER NOT NULL CHECK (on_hand >= 0),
        received_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (medicine_id, batch_no, expiry_date)
      )`);
    await db.query(`CREATE INDEX stock_batches_fefo ON stock_batches (medicine_id, expiry_date)`);
    await db.query(`
      CREATE TABLE stock_movements (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES stock_batches(id),
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        kind TEXT NOT NULL CHECK (kind IN ('receipt', 'dispense', 'sale', 'adjustment', 'write-off', 'return', 'stock-take')),
        quantity INTEGER NOT NULL CHECK (quantity <> 0),
        unit_cost_sen INTEGER NOT NULL CHECK (unit_cost_sen >= 0),
        reason TEXT,
        note TEXT,
        reference_kind TEXT NOT NULL,
        reference_id TEXT,
        reference_label TEXT,
        user_id TEXT REFERENCES users(id),
        user_name TEXT,
        at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX stock_movements_batch ON stock_movements (batch_id, at)`);
    await db.query(`CREATE INDEX stock_movements_medicine ON stock_movements (medicine_id, at)`);
    await db.query(`CREATE INDEX stock_movements_at ON stock_movements (at, kind)`);
    await db.query(`
      CREATE TRIGGER stock_movements_unchanged BEFORE UPDATE ON stock_movements
      BEGIN SELECT RAISE(ABORT, 'a stock movement never changes; write another to correct it'); END`);
    await db.query(`
      CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
      BEGIN SELECT RAISE(ABORT, 'stock movements are never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stock_movements`);
    await db.query(`DROP TABLE stock_batches`);
  }
}
