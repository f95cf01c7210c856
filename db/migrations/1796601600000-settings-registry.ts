import type { MigrationInterface, QueryRunner } from 'typeorm';

const SECTIONS = ['profile', 'security', 'backup', 'display', 'printer'] as const;

/**
 * The clinic's settings become one row per section, keyed by the section's name, instead of one
 * column per section: a module that brings settings of its own registers a section (with its zod
 * schema and defaults) and needs no migration, column, service method or procedure for it.
 */
export class SettingsRegistry1796601600000 implements MigrationInterface {
  name = 'SettingsRegistry1796601600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE settings (section TEXT PRIMARY KEY, value_json TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    for (const section of SECTIONS) {
      await db.query(`INSERT INTO settings (section, value_json, updated_at) SELECT ?, ${section}_json, updated_at FROM clinic_settings WHERE id = 1`, [section]);
    }
    await db.query(`DROP TABLE clinic_settings`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE clinic_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile_json TEXT NOT NULL, security_json TEXT NOT NULL, backup_json TEXT NOT NULL,
        display_json TEXT NOT NULL DEFAULT '{}', printer_json TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL)`);
    const value = (section: string) => `(SELECT value_json FROM settings WHERE section = '${section}')`;
    await db.query(`
      INSERT INTO clinic_settings (id, ${SECTIONS.map((s) => `${s}_json`).join(', ')}, updated_at)
      SELECT 1, ${SECTIONS.map(value).join(', ')}, max(updated_at) FROM settings HAVING count(*) > 0`);
    await db.query(`DROP TABLE settings`);
  }
}
