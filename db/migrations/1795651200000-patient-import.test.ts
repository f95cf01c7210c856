import { describe, expect, it } from 'vitest';
import { rolesAfterMigration } from './roles-after-migration';

describe('migration 1795651200000-patient-import', () => {
  it('gives an existing admin role patients.import, once, and no other role', async () => {
    const roles = await rolesAfterMigration(
      'PatientImport1795651200000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES ('admin', '["patients.merge"]', 'x'), ('doctor', '["patients.view"]', 'x'), ('hq_staff', '["patients.import"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['patients.merge', 'patients.import']],
      ['doctor', ['patients.view']],
      ['hq_staff', ['patients.import']],
    ]);
  });
});
