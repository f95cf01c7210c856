import { describe, expect, it } from 'vitest';
import { acrossMigration, refusalOf } from './migration-test-store';

const OLD_MEDICINE = `INSERT INTO medicines (id, code, generic, form, strength, dispensing_unit, route, active, search_text, version, created_at, updated_at)
  VALUES ('m1', 'AMX500', 'amoxicillin', 'capsule', '500 mg', 'capsule', 'oral', 1, ' amoxicillin', 1, 'x', 'x')`;

describe('migration 1797811200000-medicine-catalogue', () => {
  it('keeps every medicine, held as a pharmacy poison (the safe side) medicine stored at room temperature, with no cost, price or barcode yet', async () => {
    const after = await acrossMigration(
      'MedicineCatalogue1797811200000',
      (db) => db.query(OLD_MEDICINE),
      async (db) => ({
        rows: await db.query('SELECT id, generic, item_kind, legal_class, registration_no, storage, reorder_level, reorder_quantity, cost_sen, tax_code FROM medicines'),
        badClass: await refusalOf(db, `UPDATE medicines SET legal_class = 'Group C' WHERE id = 'm1'`),
        badKind: await refusalOf(db, `UPDATE medicines SET item_kind = 'gadget' WHERE id = 'm1'`),
        barcode: await refusalOf(db, `INSERT INTO medicine_barcodes (barcode, medicine_id, created_at) VALUES ('9555', 'm1', 'x'), ('9555', 'm1', 'x')`),
        negativePrice: await refusalOf(db, `INSERT INTO medicine_prices (medicine_id, tier, price_sen, updated_at) VALUES ('m1', 'walk-in', -1, 'x')`),
      }),
    );
    expect(after.rows).toEqual([
      { id: 'm1', generic: 'amoxicillin', item_kind: 'medicine', legal_class: 'pharmacy', registration_no: null, storage: 'room', reorder_level: null, reorder_quantity: null, cost_sen: null, tax_code: null },
    ]);
    expect(after.badClass).toMatch(/CHECK/);
    expect(after.badKind).toMatch(/CHECK/);
    expect(after.barcode).toMatch(/UNIQUE/);
    expect(after.negativePrice).toMatch(/CHECK/);
  });
});
