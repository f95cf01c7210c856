import { describe, expect, it } from 'vitest';
import { acrossMigration, refusalOf as refusal } from './migration-test-store';

const PATIENT = '0195f7a2-0000-7000-8000-000000000001';

describe('1796515200000-issued-documents', () => {
  it('archives documents that only ever gain reprints: their content is never changed and none is deleted', async () => {
    const result = await acrossMigration(
      'IssuedDocuments1796515200000',
      (db) =>
        db.query(`INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, address, postcode, employer, created_at, updated_at, version)
                  VALUES ('${PATIENT}', 'MRN-000001', 'Tan Ah Kow', 'mykad', '700101105111', '', '', '', 'x', 'x', 1)`),
      async (db) => {
        await db.query(
          `INSERT INTO issued_documents (id, kind, serial, document_json, content_hash, verification_code, patient_id, issued_by, issued_at)
           VALUES ('d1', 'medical-certificate', 'MC-2026-00001', '{}', 'h', 'ABCD2345', ?, NULL, '2026-11-23T01:41:00.000Z')`,
          [PATIENT],
        );
        return {
          reprint: await refusal(db, `UPDATE issued_documents SET reprint_count = reprint_count + 1`),
          edit: await refusal(db, `UPDATE issued_documents SET document_json = '{"forged":true}'`),
          repoint: await refusal(db, `UPDATE issued_documents SET patient_id = NULL`),
          remove: await refusal(db, `DELETE FROM issued_documents`),
          duplicate: await refusal(db, `INSERT INTO issued_documents (id, kind, serial, document_json, content_hash, verification_code, issued_at) VALUES ('d2', 'x', 'MC-2026-00001', '{}', 'h', 'c', 'x')`),
          unknownPatient: await refusal(db, `INSERT INTO issued_documents (id, kind, serial, document_json, content_hash, verification_code, patient_id, issued_at) VALUES ('d3', 'x', 'X-1', '{}', 'h', 'c', 'nobody', 'x')`),
          rows: await db.query<{ serial: string; reprint_count: number; document_json: string }[]>(`SELECT serial, reprint_count, document_json FROM issued_documents`),
        };
      },
    );
    expect(result.reprint).toBeNull();
    expect(result.edit).toMatch(/never changes/);
    expect(result.repoint).toMatch(/never changes/);
    expect(result.remove).toMatch(/never deleted/);
    expect(result.duplicate).toMatch(/UNIQUE/);
    expect(result.unknownPatient).toMatch(/FOREIGN KEY/);
    expect(result.rows).toEqual([{ serial: 'MC-2026-00001', reprint_count: 1, document_json: '{}' }]);
  });
});
