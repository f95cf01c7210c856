import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pharmacy's permissions: `stock.manage` (receive goods, purchase orders, suppliers, counting)
 * and `stock.adjust` (adjustments, write-offs, posting a stock take, which change stock without a
 * sale). Stores made before them give both to admin and pharmacist, and `pharmacy.dispense` to
 * doctors, who hand over controlled medicines in a GP clinic (fresh stores get these from the
 * default table).
 */
export class StockPermissions1797768000000 implements MigrationInterface {
  name = 'StockPermissions1797768000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [permission, roles] of GRANTS) {
      await db.query(
        `UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', ?)
         WHERE key IN (${roles.map(() => '?').join(', ')}) AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = ?)`,
        [permission, ...roles, permission],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value NOT IN ('stock.manage', 'stock.adjust'))`);
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'pharmacy.dispense') WHERE key = 'doctor'`);
  }
}

const GRANTS: [string, string[]][] = [
  ['stock.manage', ['admin', 'pharmacist']],
  ['stock.adjust', ['admin', 'pharmacist']],
  ['pharmacy.dispense', ['doctor']],
];
