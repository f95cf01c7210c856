import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CSV import of patients is an admin's job: stores made before it have their admin role
 * already, and it gains the new permission (fresh stores get it from the default table).
 */
export class PatientImport1795651200000 implements MigrationInterface {
  name = 'PatientImport1795651200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', 'patients.import')
      WHERE key = 'admin' AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = 'patients.import')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'patients.import')`);
  }
}
