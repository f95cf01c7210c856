import { describe, expect, it } from 'vitest';
import { rolesAfterMigration } from './roles-after-migration';

describe('migration 1798588800000-einvoices', () => {
  it('gives admin and finance einvoice.submit, once each', async () => {
    const roles = await rolesAfterMigration(
      'Einvoices1798588800000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES ('admin', '["finance.view"]', 'x'), ('finance', '["finance.view", "einvoice.submit"]', 'x'), ('receptionist', '["billing.operate"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['finance.view', 'einvoice.submit']],
      ['finance', ['finance.view', 'einvoice.submit']],
      ['receptionist', ['billing.operate']],
    ]);
  });
});
