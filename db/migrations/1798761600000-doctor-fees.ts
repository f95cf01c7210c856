import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each doctor's fee rule: a fixed sum per visit and a share of each kind of item, changed with an audit row. */
export class DoctorFees1798761600000 implements MigrationInterface {
  name = 'DoctorFees1798761600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE doctor_fee_rules (
        doctor_id TEXT PRIMARY KEY REFERENCES users(id),
        fixed_per_visit_sen INTEGER NOT NULL CHECK (fixed_per_visit_sen >= 0),
        share_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES users(id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE doctor_fee_rules`);
  }
}
