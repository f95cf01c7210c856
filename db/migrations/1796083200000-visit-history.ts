import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The patient record's visit history, newest first, a page at a time. `visits_patient`
 * (patient_id, clinic_date) cannot order a patient's visits within a day, so a page would sort
 * every visit the patient ever had; this index walks them in order and stops after the page
 * (the id settles visits checked in at the same instant). The second index finds the duplicates
 * merged into a record, whose visits its history includes, without reading every patient.
 */
export class VisitHistory1796083200000 implements MigrationInterface {
  name = 'VisitHistory1796083200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX visits_patient_created ON visits (patient_id, created_at, id)`);
    await db.query(`CREATE INDEX patients_merged_into ON patients (merged_into_id) WHERE merged_into_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX patients_merged_into`);
    await db.query(`DROP INDEX visits_patient_created`);
  }
}
