import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ENTITIES } from '../../src/main/hub/hub';
import { Store } from '../../src/main/store/store';
import { migrations } from './index';

/**
 * For a migration's own test: a store migrated up to just before `name`, the roles in `rolesSql`
 * inserted as an older store would hold them, then `name` applied; returns every role's
 * permissions, by key.
 */
export async function rolesAfterMigration(folder: string, name: string, rolesSql: string): Promise<[string, string[]][]> {
  const file = path.join(folder, 'before.db');
  const keyHex = randomBytes(32).toString('hex');
  const at = migrations.findIndex((migration) => new migration().name === name);
  if (at <= 0) throw new Error(`no migration ${name} after the first`);

  const before = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at) });
  await before.transaction((db) => db.query(rolesSql));
  await before.close();

  const after = await Store.open({ file, keyHex, entities: ENTITIES, migrations: migrations.slice(0, at + 1) });
  const roles = await after.transaction((db) => db.query<{ key: string; permissions_json: string }[]>('SELECT key, permissions_json FROM roles ORDER BY key'));
  await after.close();
  return roles.map((role) => [role.key, JSON.parse(role.permissions_json) as string[]]);
}
