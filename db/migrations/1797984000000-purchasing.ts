import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buying medicines: suppliers, purchase orders and their lines, goods received (against an order
 * or delivered directly) and returns to a supplier. A goods-received line names the stock batch
 * it went into; the stock movements themselves are the stock core's. Nothing here is deleted:
 * an order is cancelled, a supplier retired.
 */
export class Purchasing1797984000000 implements MigrationInterface {
  name = 'Purchasing1797984000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE suppliers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        contact_person TEXT,
        phone TEXT,
        email TEXT,
        address TEXT,
        payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days >= 0),
        lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
        active BOOLEAN NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX suppliers_name ON suppliers (name COLLATE NOCASE)`);
    await db.query(`
      CREATE TABLE purchase_orders (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        supplier_id TEXT NOT NULL REFERENCES suppliers(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partly-received', 'received', 'cancelled')),
        note TEXT NOT NULL DEFAULT '',
        cancel_reason TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        sent_at TEXT,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX purchase_orders_status ON purchase_orders (status, created_at)`);
    await db.query(`
      CREATE TABLE purchase_order_lines (
        id TEXT PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES purchase_orders(id),
        position INTEGER NOT NULL,
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_cost_sen INTEGER NOT NULL CHECK (unit_cost_sen >= 0),
        received_quantity INTEGER NOT NULL DEFAULT 0 CHECK (received_quantity >= 0)
      )`);
    await db.query(`CREATE INDEX purchase_order_lines_order ON purchase_order_lines (order_id, position)`);
    await db.query(`
      CREATE TABLE goods_received (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        order_id TEXT REFERENCES purchase_orders(id),
        supplier_id TEXT NOT NULL REFERENCES suppliers(id),
        invoice_no TEXT NOT NULL DEFAULT '',
        received_by TEXT REFERENCES users(id),
        received_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX goods_received_order ON goods_received (order_id)`);
    await db.query(`
      CREATE TABLE goods_received_lines (
        id TEXT PRIMARY KEY,
        goods_received_id TEXT NOT NULL REFERENCES goods_received(id),
        position INTEGER NOT NULL,
        order_line_id TEXT REFERENCES purchase_order_lines(id),
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        batch_id TEXT NOT NULL,
        batch_no TEXT NOT NULL,
        expiry_date TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        bonus_quantity INTEGER NOT NULL DEFAULT 0 CHECK (bonus_quantity >= 0),
        unit_cost_sen INTEGER NOT NULL CHECK (unit_cost_sen >= 0),
        ordered_unit_cost_sen INTEGER
      )`);
    await db.query(`CREATE INDEX goods_received_lines_note ON goods_received_lines (goods_received_id, position)`);
    // The reorder list's supplier of an item: the one it last came from.
    await db.query(`CREATE INDEX goods_received_lines_medicine ON goods_received_lines (medicine_id)`);
    await db.query(`
      CREATE TABLE supplier_returns (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        supplier_id TEXT NOT NULL REFERENCES suppliers(id),
        batch_id TEXT NOT NULL,
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        batch_no TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        reason TEXT NOT NULL,
        returned_by TEXT REFERENCES users(id),
        returned_at TEXT NOT NULL
      )`);
    for (const table of ['purchase_orders', 'purchase_order_lines', 'goods_received', 'goods_received_lines', 'supplier_returns', 'suppliers']) {
      await db.query(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'purchasing records are never deleted'); END`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['supplier_returns', 'goods_received_lines', 'goods_received', 'purchase_order_lines', 'purchase_orders', 'suppliers']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
