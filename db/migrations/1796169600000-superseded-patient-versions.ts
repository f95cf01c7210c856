import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_COLUMNS = 'rowid, mrn, full_name, identity_no, identity_digits, phone_digits';
/** The columns the search text is made of (see `patient_search_source`). */
const SEARCHED_COLUMNS = 'mrn, full_name, identity_no, phones_json, merged_into_id';

/** A patient row as the `Patient` JSON the service keeps as a version (for `down`). */
const PATIENT_JSON = `json_object(
  'id', id, 'mrn', mrn, 'fullName', full_name, 'identityType', identity_type, 'identityNo', identity_no, 'nationality', nationality,
  'dateOfBirth', date_of_birth, 'sex', sex, 'phones', json(phones_json), 'email', email, 'address', address, 'postcode', postcode,
  'emergencyContact', json(emergency_contact_json), 'employer', employer, 'panels', json(panels_json), 'allergies', json(allergies_json),
  'chronicConditions', json(chronic_conditions_json), 'alerts', json(alerts_json), 'mergedIntoId', merged_into_id, 'version', version,
  'createdAt', created_at, 'updatedAt', updated_at)`;

/**
 * `patient_versions` kept every version of a patient, the current one included: a copy of the
 * `patients` row, nearly half of the store for a registry that is rarely edited: 100k imported
 * patients took 167 MiB, and take 87 MiB without the copies. Now the current version
 * is the row itself, with who saved it in `updated_by`, and `patient_versions` keeps the versions
 * an edit superseded. Nothing is lost: each current copy is dropped only after its author is
 * moved onto the row.
 *
 * The search trigger now fires only when a searched column changes, so neither this backfill nor
 * an edit of an address re-indexes the patient.
 */
export class SupersededPatientVersions1796169600000 implements MigrationInterface {
  name = 'SupersededPatientVersions1796169600000';

  async up(db: QueryRunner): Promise<void> {
    await this.searchTrigger(db, `AFTER UPDATE OF ${SEARCHED_COLUMNS} ON patients`);
    await db.query(`ALTER TABLE patients ADD COLUMN updated_by TEXT`);
    await db.query(`
      UPDATE patients SET updated_by = (
        SELECT changed_by FROM patient_versions AS v WHERE v.patient_id = patients.id AND v.version = patients.version)`);
    await db.query(`
      DELETE FROM patient_versions
      WHERE version = (SELECT p.version FROM patients AS p WHERE p.id = patient_versions.patient_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO patient_versions (patient_id, version, snapshot_json, changed_at, changed_by)
      SELECT id, version, ${PATIENT_JSON}, updated_at, updated_by FROM patients`);
    await db.query(`ALTER TABLE patients DROP COLUMN updated_by`);
    await this.searchTrigger(db, 'AFTER UPDATE ON patients');
  }

  private async searchTrigger(db: QueryRunner, when: string): Promise<void> {
    await db.query(`DROP TRIGGER patients_search_update`);
    await db.query(`
      CREATE TRIGGER patients_search_update ${when}
      BEGIN
        DELETE FROM patient_search WHERE rowid = old.rowid;
        INSERT INTO patient_search (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM patient_search_source WHERE rowid = new.rowid;
      END`);
  }
}
