import { describe, expect, it } from 'vitest';
import { rolesAfterMigration } from './roles-after-migration';

describe('migration 1797768000000-stock-permissions', () => {
  it('gives admin and pharmacist the stock permissions and doctors dispensing, once each', async () => {
    const roles = await rolesAfterMigration(
      'StockPermissions1797768000000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES ('admin', '["patients.view"]', 'x'), ('doctor', '["clinical.view"]', 'x'), ('pharmacist', '["pharmacy.dispense", "stock.manage"]', 'x'), ('receptionist', '["patients.view"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['patients.view', 'stock.manage', 'stock.adjust']],
      ['doctor', ['clinical.view', 'pharmacy.dispense']],
      ['pharmacist', ['pharmacy.dispense', 'stock.manage', 'stock.adjust']],
      ['receptionist', ['patients.view']],
    ]);
  });
});
