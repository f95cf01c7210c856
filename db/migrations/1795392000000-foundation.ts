import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clinic settings, roles, users and the hash-chained audit log. */
export class Foundation1795392000000 implements MigrationInterface {
  name = 'Foundation1795392000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE clinic_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile_json TEXT NOT NULL,
        security_json TEXT NOT NULL,
        backup_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE roles (
        key TEXT PRIMARY KEY,
        permissions_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        pin_hash TEXT,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        last_login_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`
      CREATE TABLE user_roles (
        user_id TEXT NOT NULL REFERENCES users(id),
        role_key TEXT NOT NULL REFERENCES roles(key),
        PRIMARY KEY (user_id, role_key)
      )`);
    await db.query(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_user_id TEXT,
        actor_name TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        before_json TEXT,
        after_json TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_user_id, seq)`);
    // Append-only in the store itself, not only in our code.
    await db.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await db.query(`
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await db.query(`
      CREATE TABLE backup_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        file TEXT,
        error TEXT
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['backup_runs', 'audit_log', 'user_roles', 'users', 'roles', 'clinic_settings']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
