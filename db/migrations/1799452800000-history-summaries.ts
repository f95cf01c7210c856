import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Medical history summaries accepted onto the chart: view-only, each statement with the visits and
 * records it came from. A newer summary supersedes the one before, which stays readable; the
 * newest visit when it was saved tells the screen when a later visit has made it out of date.
 */
export class HistorySummaries1799452800000 implements MigrationInterface {
  name = 'HistorySummaries1799452800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE chart_history_summaries (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        statements_json TEXT NOT NULL,
        from_model INTEGER NOT NULL CHECK (from_model IN (0, 1)),
        edited INTEGER NOT NULL CHECK (edited IN (0, 1)),
        newest_visit_id TEXT REFERENCES visits(id),
        accepted_at TEXT NOT NULL,
        accepted_by TEXT REFERENCES users(id),
        superseded_at TEXT,
        superseded_by_id TEXT REFERENCES chart_history_summaries(id) DEFERRABLE INITIALLY DEFERRED
      )`);
    await db.query(`CREATE INDEX chart_history_summaries_patient ON chart_history_summaries (patient_id, accepted_at)`);
    // One current summary a patient.
    await db.query(`CREATE UNIQUE INDEX chart_history_summaries_current ON chart_history_summaries (patient_id) WHERE superseded_at IS NULL`);
    await db.query(`CREATE TRIGGER chart_history_summaries_no_delete BEFORE DELETE ON chart_history_summaries BEGIN SELECT RAISE(ABORT, 'chart records are never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE chart_history_summaries`);
  }
}
