import { describe, expect, it } from 'vitest';
import { rolesAfterMigration } from './roles-after-migration';

describe('migration 1797120000000-clinical-view', () => {
  it('gives existing admin, doctor and nurse roles clinical.view, once, and no other role', async () => {
    const roles = await rolesAfterMigration(
      'ClinicalView1797120000000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES ('admin', '["patients.view"]', 'x'), ('doctor', '["clinical.view"]', 'x'), ('nurse', '[]', 'x'), ('receptionist', '["patients.view"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['patients.view', 'clinical.view']],
      ['doctor', ['clinical.view']],
      ['nurse', ['clinical.view']],
      ['receptionist', ['patients.view']],
    ]);
  });
});
