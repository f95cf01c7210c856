import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rolesAfterMigration } from './roles-after-migration';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('migration 1795651200000-patient-import', () => {
  it('gives an existing admin role patients.import, once, and no other role', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const roles = await rolesAfterMigration(
      folder,
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
