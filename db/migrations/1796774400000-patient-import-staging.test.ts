import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

const PATIENT = `INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, created_at, updated_at, version) VALUES (?, ?, ?, 'passport', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)`;

describe('1796774400000-patient-import-staging', () => {
  it('keeps existing patients undeletable, and lets only a pending import’s patients be deleted', async () => {
    const outcome = await acrossMigration(
      'PatientImportStaging1796774400000',
      (db) => db.query(PATIENT, ['p1', 'MRN-000001', 'Before Migration', 'A1']),
      async (db) => {
        const refusal = await db.query(`DELETE FROM patients WHERE id = 'p1'`).then(() => 'deleted', (error: Error) => error.message);
        await db.query(`INSERT INTO patient_imports (id, owner_id, created_at) VALUES ('i1', 'u1', '2026-01-01T00:00:00Z')`);
        await db.query(PATIENT, ['p2', 'MRN-000002', 'Pending Import', 'A2']);
        await db.query(PATIENT, ['p3', 'MRN-000003', 'Published Import', 'A3']);
        await db.query(`UPDATE patients SET import_id = 'i1' WHERE id = 'p2'`);
        await db.query(`UPDATE patients SET import_id = 'i0' WHERE id = 'p3'`);
        await db.query(`DELETE FROM patients WHERE id = 'p2'`);
        const publishedRefusal = await db.query(`DELETE FROM patients WHERE id = 'p3'`).then(() => 'deleted', (error: Error) => error.message);
        const left = await db.query<{ id: string; import_id: string | null }[]>(`SELECT id, import_id FROM patients ORDER BY id`);
        return { refusal, publishedRefusal, left };
      },
    );
    expect(outcome.refusal).toMatch(/never deleted/);
    expect(outcome.publishedRefusal).toMatch(/never deleted/);
    expect(outcome.left).toEqual([{ id: 'p1', import_id: null }, { id: 'p3', import_id: 'i0' }]);
  });
});
