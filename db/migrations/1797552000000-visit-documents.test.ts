import { describe, expect, it } from 'vitest';
import { acrossMigration, refusalOf as refusal } from './migration-test-store';

describe('1797552000000-visit-documents', () => {
  it('lets a document issued before it be cancelled once, with a reason, and still refuses every other change', async () => {
    const result = await acrossMigration(
      'VisitDocuments1797552000000',
      (db) =>
        db.query(`INSERT INTO issued_documents (id, kind, serial, document_json, content_hash, verification_code, issued_at)
                  VALUES ('d1', 'medical-certificate', 'MC-2026-00001', '{}', 'h', 'ABCD2345', '2026-11-23T01:41:00.000Z')`),
      async (db) => ({
        noReason: await refusal(db, `UPDATE issued_documents SET cancelled_at = 'x', cancel_reason = ' '`),
        cancel: await refusal(db, `UPDATE issued_documents SET cancelled_at = '2026-11-23T02:00:00.000Z', cancel_reason = 'wrong patient'`),
        again: await refusal(db, `UPDATE issued_documents SET cancelled_at = 'y', cancel_reason = 'again'`),
        uncancel: await refusal(db, `UPDATE issued_documents SET cancelled_at = NULL`),
        reprint: await refusal(db, `UPDATE issued_documents SET reprint_count = 1`),
        repoint: await refusal(db, `UPDATE issued_documents SET visit_id = NULL`),
        leave: await refusal(db, `UPDATE issued_documents SET leave_json = '{}'`),
        edit: await refusal(db, `UPDATE issued_documents SET document_json = '{"forged":true}'`),
        rows: await db.query<unknown[]>(`SELECT cancelled_at, cancel_reason, reprint_count, visit_id FROM issued_documents`),
        users: await db.query<{ name: string }[]>(`SELECT name FROM pragma_table_info('users') WHERE name IN ('mmc_no', 'qualifications') ORDER BY name`),
      }),
    );
    expect(result.noReason).toMatch(/cancelled once/);
    expect(result.cancel).toBeNull();
    expect(result.again).toMatch(/cancelled once/);
    expect(result.uncancel).toMatch(/cancelled once/);
    expect(result.reprint).toBeNull();
    expect(result.repoint).toMatch(/never changes/);
    expect(result.leave).toMatch(/never changes/);
    expect(result.edit).toMatch(/never changes/);
    expect(result.rows).toEqual([{ cancelled_at: '2026-11-23T02:00:00.000Z', cancel_reason: 'wrong patient', reprint_count: 1, visit_id: null }]);
    expect(result.users.map((column) => column.name)).toEqual(['mmc_no', 'qualifications']);
  });
});
