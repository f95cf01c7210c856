import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/main/modules';
import { Store } from '../../src/main/store/store';
import { openEncryptedFile } from '../../src/main/store/store-file';
import { migrations } from './index';
import { rolesAfterMigration } from './roles-after-migration';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('migrations', () => {
  it('replay in order on an empty store and leave the schema every entity expects', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-migrations-'));
    const file = path.join(folder, 'empty.db');
    const keyHex = randomBytes(32).toString('hex');
    const store = await Store.open({ file, keyHex, entities: ENTITIES });
    expect(await store.appliedMigrations()).toEqual(migrations.map((migration) => new migration().name));
    await store.close();

    // Opening again applies nothing twice.
    const reopened = await Store.open({ file, keyHex, entities: ENTITIES });
    expect(await reopened.appliedMigrations()).toHaveLength(migrations.length);
    await reopened.close();

    const db = openEncryptedFile(file, keyHex);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    for (const entity of ENTITIES) expect(tables).toContain(entity.options.tableName);
    for (const entity of ENTITIES) {
      const columns = (db.prepare(`PRAGMA table_info(${entity.options.tableName})`).all() as { name: string }[]).map((c) => c.name);
      for (const [property, column] of Object.entries(entity.options.columns)) {
        expect(columns, `${entity.options.tableName}.${property}`).toContain((column as { name?: string }).name ?? property);
      }
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('1795478400000-patients gives an existing admin role the merge permission, once', async () => {
    const roles = await rolesAfterMigration(
      'Patients1795478400000',
      `INSERT INTO roles (key, permissions_json, updated_at) VALUES ('admin', '["users.manage","roles.manage"]', 'x'), ('nurse', '["patients.view"]', 'x')`,
    );
    expect(roles).toEqual([
      ['admin', ['users.manage', 'roles.manage', 'patients.merge']],
      ['nurse', ['patients.view']],
    ]);
  });

  it('have unique, increasing timestamps in their names (released migrations are never edited, only added)', () => {
    const stamps = migrations.map((migration) => Number(new migration().name.slice(-13)));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
