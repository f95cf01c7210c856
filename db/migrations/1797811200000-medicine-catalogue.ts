import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The medicine master grows into the pharmacy's catalogue: what kind of item (a medicine or a
 * consumable such as syringes and gauze, stocked and charged but never prescribed), its legal class,
 * its MAL registration number, where it is stored, reorder level and quantity in dispensing units,
 * the last known cost and a tax code; its barcodes (several a product, each naming one product) and
 * selling prices per tier (walk-in or a panel) per dispensing unit, in sen.
 *
 * Every medicine already held becomes a `pharmacy` (Group C) poison: the safe side. Sold as over the
 * counter by mistake, a poison would be handed over by anyone and left out of the registers; held as
 * a poison by mistake, an OTC product only asks a doctor or pharmacist to hand it over until someone
 * corrects its class in Setup.
 */
export class MedicineCatalogue1797811200000 implements MigrationInterface {
  name = 'MedicineCatalogue1797811200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE medicines ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'medicine' CHECK (item_kind IN ('medicine', 'consumable'))`);
    await db.query(`ALTER TABLE medicines ADD COLUMN legal_class TEXT NOT NULL DEFAULT 'pharmacy' CHECK (legal_class IN ('otc', 'pharmacy', 'groupB', 'psychotropic', 'dangerous'))`);
    await db.query(`ALTER TABLE medicines ADD COLUMN registration_no TEXT`);
    await db.query(`ALTER TABLE medicines ADD COLUMN storage TEXT NOT NULL DEFAULT 'room' CHECK (storage IN ('room', 'fridge'))`);
    await db.query(`ALTER TABLE medicines ADD COLUMN reorder_level INTEGER CHECK (reorder_level >= 0)`);
    await db.query(`ALTER TABLE medicines ADD COLUMN reorder_quantity INTEGER CHECK (reorder_quantity > 0)`);
    await db.query(`ALTER TABLE medicines ADD COLUMN cost_sen INTEGER CHECK (cost_sen >= 0)`);
    await db.query(`ALTER TABLE medicines ADD COLUMN tax_code TEXT`);
    await db.query(`
      CREATE TABLE medicine_barcodes (
        barcode TEXT PRIMARY KEY,
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        created_at TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX medicine_barcodes_medicine ON medicine_barcodes (medicine_id)`);
    await db.query(`
      CREATE TABLE medicine_prices (
        medicine_id TEXT NOT NULL REFERENCES medicines(id),
        tier TEXT NOT NULL,
        price_sen INTEGER NOT NULL CHECK (price_sen >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (medicine_id, tier)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE medicine_prices`);
    await db.query(`DROP TABLE medicine_barcodes`);
    for (const column of ['tax_code', 'cost_sen', 'reorder_quantity', 'reorder_level', 'storage', 'registration_no', 'legal_class', 'item_kind']) {
      await db.query(`ALTER TABLE medicines DROP COLUMN ${column}`);
    }
  }
}
