import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `patients_birth_name (date_of_birth, full_name)` served one query, the "same name and date of
 * birth" warning at registration, which `patients_name (full_name)` answers as well: a name
 * matches a handful of patients, whose dates of birth are then compared. Each patient written paid
 * for both, with random-order inserts into two name-sorted trees: about 0.8 s of a 100k-patient
 * import, and 4 MiB of store per 100k patients.
 */
export class DropBirthNameIndex1796342400000 implements MigrationInterface {
  name = 'DropBirthNameIndex1796342400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX patients_birth_name`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX patients_birth_name ON patients (date_of_birth, full_name COLLATE NOCASE)`);
  }
}
