import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

const PATIENT = '0195f7a2-0000-7000-8000-000000000001';
const snapshot = (version: number, employer: string) => JSON.stringify({ id: PATIENT, fullName: 'Tan Ah Kow', employer, version });

describe('1796169600000-superseded-patient-versions', () => {
  it('moves the author of the current version onto the row and keeps only the versions it superseded', async () => {
    const { rows, versions, found } = await acrossMigration(
      'SupersededPatientVersions1796169600000',
      async (db) => {
        await db.query(`INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, address, postcode, employer, created_at, updated_at, version)
                        VALUES (?, 'MRN-000001', 'Tan Ah Kow', 'mykad', '700101105111', '', '', 'Maju', '2026-01-01', '2026-02-01', 2)`, [PATIENT]);
        await db.query(`INSERT INTO patient_versions (patient_id, version, snapshot_json, changed_at, changed_by) VALUES
                        (?, 1, ?, '2026-01-01', 'user-farah'), (?, 2, ?, '2026-02-01', 'user-lim')`, [PATIENT, snapshot(1, ''), PATIENT, snapshot(2, 'Maju')]);
      },
      async (db) => {
        // The search trigger still follows a name change.
        await db.query(`UPDATE patients SET full_name = 'Tan Ah Seng' WHERE id = ?`, [PATIENT]);
        return {
          rows: await db.query<{ updated_by: string | null }[]>(`SELECT updated_by FROM patients`),
          versions: await db.query<{ version: number; changed_by: string; snapshot_json: string }[]>(`SELECT version, changed_by, snapshot_json FROM patient_versions`),
          found: await db.query<{ rowid: number }[]>(`SELECT rowid FROM patient_search WHERE patient_search MATCH '"Ah Seng"'`),
        };
      },
    );
    expect(rows).toEqual([{ updated_by: 'user-lim' }]);
    expect(versions).toEqual([{ version: 1, changed_by: 'user-farah', snapshot_json: snapshot(1, '') }]);
    expect(found).toHaveLength(1);
  });
});
