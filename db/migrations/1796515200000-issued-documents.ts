import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The archive of issued documents (MCs, referral letters, prescriptions, invoices…): each one as
 * issued, with its serial number, so a reprint is the same document marked as a copy. Like the
 * audit log, the store itself keeps it: a row's content never changes and no row is deleted;
 * only the reprint count goes up.
 */
export class IssuedDocuments1796515200000 implements MigrationInterface {
  name = 'IssuedDocuments1796515200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE issued_documents (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        serial TEXT NOT NULL UNIQUE,
        document_json TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        verification_code TEXT NOT NULL,
        patient_id TEXT REFERENCES patients(id),
        issued_by TEXT REFERENCES users(id),
        issued_at TEXT NOT NULL,
        reprint_count INTEGER NOT NULL DEFAULT 0 CHECK (reprint_count >= 0)
      )`);
    await db.query(`CREATE INDEX issued_documents_patient ON issued_documents (patient_id, issued_at)`);
    await db.query(`
      CREATE TRIGGER issued_documents_unchanged
      BEFORE UPDATE OF id, kind, serial, document_json, content_hash, verification_code, patient_id, issued_by, issued_at ON issued_documents
      BEGIN SELECT RAISE(ABORT, 'an issued document never changes; issue a new one'); END`);
    await db.query(`
      CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted'); END`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE issued_documents`);
  }
}
