import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The front desk's last patient fields: panel memberships (with a registry of panels) and
 * an optional photo. Memberships live on the patient row like the other lists, so they are
 * versioned with it; photos sit in their own table, out of the versions.
 */
export class PanelsAndPhotos1795996800000 implements MigrationInterface {
  name = 'PanelsAndPhotos1795996800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE panels (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('corporate', 'insurer', 'government', 'tpa')),
        active INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await db.query(`ALTER TABLE patients ADD COLUMN panels_json TEXT NOT NULL DEFAULT '[]'`);
    await db.query(`
      CREATE TABLE patient_photos (
        patient_id TEXT PRIMARY KEY REFERENCES patients(id),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
        data BLOB NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE patient_photos`);
    await db.query(`ALTER TABLE patients DROP COLUMN panels_json`);
    await db.query(`DROP TABLE panels`);
  }
}
