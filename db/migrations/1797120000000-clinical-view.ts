import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clinical content (notes, diagnoses, vitals, prescriptions, clinical documents) gets a read
 * permission of its own, so reception sees demographics, visits and queues but not notes. Stores
 * made before it give it to their admin, doctor and nurse roles (fresh stores get it from the
 * default table).
 */
export class ClinicalView1797120000000 implements MigrationInterface {
  name = 'ClinicalView1797120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE roles SET permissions_json = json_insert(permissions_json, '$[#]', 'clinical.view')
      WHERE key IN ('admin', 'doctor', 'nurse') AND NOT EXISTS (SELECT 1 FROM json_each(permissions_json) WHERE value = 'clinical.view')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE roles SET permissions_json = (SELECT json_group_array(value) FROM json_each(permissions_json) WHERE value <> 'clinical.view')`);
  }
}
