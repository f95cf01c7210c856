import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

describe('1796428800000-drop-account-lockout', () => {
  it('drops the lockout columns and keeps every user, a locked one included, able to sign in', async () => {
    const users = await acrossMigration(
      'DropAccountLockout1796428800000',
      (db) =>
        db.query(
          `INSERT INTO users (id, username, display_name, password_hash, disabled, failed_logins, locked_until, must_change_password, created_at, updated_at)
           VALUES ('u1', 'aminah', 'Dr Aminah', 'hash', 0, 4, '2099-01-01T00:00:00.000Z', 0, 'then', 'then')`,
        ),
      async (db) => ({
        columns: (await db.query<{ name: string }[]>(`SELECT name FROM pragma_table_info('users')`)).map((column) => column.name),
        rows: await db.query<{ username: string; password_hash: string }[]>(`SELECT username, password_hash FROM users`),
      }),
    );
    expect(users.columns).not.toContain('failed_logins');
    expect(users.columns).not.toContain('locked_until');
    expect(users.rows).toEqual([{ username: 'aminah', password_hash: 'hash' }]);
  });
});
