import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each doctor's favourite ICD-10 codes and the codes they recorded lately, so the diagnosis search
 * offers their own codes first. The codes themselves are the bundled list's, not a table.
 */
export class DiagnosisFavourites1797638400000 implements MigrationInterface {
  name = 'DiagnosisFavourites1797638400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE diagnosis_favourites (
        user_id TEXT NOT NULL REFERENCES users(id),
        code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, code)
      )`);
    await db.query(`
      CREATE TABLE diagnosis_recent_uses (
        user_id TEXT NOT NULL REFERENCES users(id),
        code TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        use_count INTEGER NOT NULL CHECK (use_count > 0),
        PRIMARY KEY (user_id, code)
      )`);
    await db.query(`CREATE INDEX diagnosis_recent_uses_latest ON diagnosis_recent_uses (user_id, last_used_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE diagnosis_recent_uses`);
    await db.query(`DROP TABLE diagnosis_favourites`);
  }
}
