import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit screen filters by action and by date as well as by who and what record: without these
 * the log, which grows by every search and every record opened, is read from end to end for each
 * filtered page. The patient search rows (`patient.search`) are found through the action index too.
 */
export class AuditLogFilters1796860800000 implements MigrationInterface {
  name = 'AuditLogFilters1796860800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_log_action ON audit_log (action, seq)`);
    await db.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_at`);
    await db.query(`DROP INDEX audit_log_action`);
  }
}
