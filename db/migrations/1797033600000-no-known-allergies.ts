import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "No known allergies" becomes a statement someone records (who, when), not what an empty
 * allergy list was taken to mean. Every patient starts without it: an empty list stays
 * "allergies not recorded" until someone asks the patient.
 */
export class NoKnownAllergies1797033600000 implements MigrationInterface {
  name = 'NoKnownAllergies1797033600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE patients ADD COLUMN no_known_allergies_json TEXT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE patients DROP COLUMN no_known_allergies_json`);
  }
}
