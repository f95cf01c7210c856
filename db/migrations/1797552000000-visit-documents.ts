import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The visit's documents (MC, time slip, referral letter): a doctor's Malaysian Medical Council
 * number and qualifications line, printed under the signature; each issued document tied to its
 * visit, with the sick leave it grants (what an employer's check may be told); and cancellation,
 * the one change besides the reprint count an issued document may take, once: a cancelled MC stays
 * on record as cancelled.
 */
export class VisitDocuments1797552000000 implements MigrationInterface {
  name = 'VisitDocuments1797552000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN mmc_no TEXT`);
    await db.query(`ALTER TABLE users ADD COLUMN qualifications TEXT`);
    await db.query(`ALTER TABLE issued_documents ADD COLUMN visit_id TEXT REFERENCES visits(id)`);
    await db.query(`ALTER TABLE issued_documents ADD COLUMN leave_json TEXT`);
    await db.query(`ALTER TABLE issued_documents ADD COLUMN cancelled_at TEXT`);
    await db.query(`ALTER TABLE issued_documents ADD COLUMN cancelled_by TEXT REFERENCES users(id)`);
    await db.query(`ALTER TABLE issued_documents ADD COLUMN cancel_reason TEXT`);
    await db.query(`CREATE INDEX issued_documents_visit ON issued_documents (visit_id, issued_at) WHERE visit_id IS NOT NULL`);
    await db.query(`DROP TRIGGER issued_documents_unchanged`);
    await db.query(`
      CREATE TRIGGER issued_documents_unchanged
      BEFORE UPDATE OF id, kind, serial, document_json, content_hash, verification_code, patient_id, issued_by, issued_at, visit_id, leave_json ON issued_documents
      BEGIN SELECT RAISE(ABORT, 'an issued document never changes; issue a new one'); END`);
    // Cancelling sets all three at once, with a reason, and only on a document not yet cancelled.
    await db.query(`
      CREATE TRIGGER issued_documents_cancelled_once
      BEFORE UPDATE OF cancelled_at, cancelled_by, cancel_reason ON issued_documents
      WHEN OLD.cancelled_at IS NOT NULL OR NEW.cancelled_at IS NULL OR NEW.cancel_reason IS NULL OR trim(NEW.cancel_reason) = ''
      BEGIN SELECT RAISE(ABORT, 'an issued document is cancelled once, with a reason, and stays cancelled'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER issued_documents_cancelled_once`);
    await db.query(`DROP TRIGGER issued_documents_unchanged`);
    await db.query(`
      CREATE TRIGGER issued_documents_unchanged
      BEFORE UPDATE OF id, kind, serial, document_json, content_hash, verification_code, patient_id, issued_by, issued_at ON issued_documents
      BEGIN SELECT RAISE(ABORT, 'an issued document never changes; issue a new one'); END`);
    await db.query(`DROP INDEX issued_documents_visit`);
    for (const column of ['cancel_reason', 'cancelled_by', 'cancelled_at', 'leave_json', 'visit_id']) await db.query(`ALTER TABLE issued_documents DROP COLUMN ${column}`);
    for (const column of ['qualifications', 'mmc_no']) await db.query(`ALTER TABLE users DROP COLUMN ${column}`);
  }
}
