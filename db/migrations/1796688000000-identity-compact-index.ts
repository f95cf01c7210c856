import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A MyKad and an "other document" number are the same document when they differ only in spaces,
 * dashes and dots: `530321 04 4869` imported as another document, `530321-04-4869` registered
 * later as a MyKad. This index answers "is this number on file, however it was written" at
 * registration and import, without reading every patient. The expression is repeated exactly in
 * the queries that use it (src/main/modules/patients/identity-on-file.ts).
 */
export class IdentityCompactIndex1796688000000 implements MigrationInterface {
  name = 'IdentityCompactIndex1796688000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX patients_identity_compact ON patients (replace(replace(replace(identity_no, ' ', ''), '-', ''), '.', ''))
      WHERE identity_type IN ('mykad', 'other') AND merged_into_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX patients_identity_compact`);
  }
}
