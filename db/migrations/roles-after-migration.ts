import { acrossMigration } from './migration-test-store';

/**
 * For a migration's own test: the roles in `rolesSql` inserted as an older store would hold
 * them, then migration `name` applied; returns every role's permissions, by key.
 */
export async function rolesAfterMigration(name: string, rolesSql: string): Promise<[string, string[]][]> {
  const roles = await acrossMigration(
    name,
    (db) => db.query(rolesSql),
    (db) => db.query<{ key: string; permissions_json: string }[]>('SELECT key, permissions_json FROM roles ORDER BY key'),
  );
  return roles.map((role) => [role.key, JSON.parse(role.permissions_json) as string[]]);
}
