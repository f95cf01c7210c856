import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

describe('1795996800000-panels-and-photos', () => {
  it('gives patients registered before it an empty list of panel memberships, searchable as before', async () => {
    const { rows, found } = await acrossMigration(
      'PanelsAndPhotos1795996800000',
      (db) =>
        db.query(`INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, address, postcode, employer, created_at, updated_at, version)
                  VALUES ('0195f7a2-0000-7000-8000-000000000001', 'MRN-000001', 'Tan Ah Kow', 'mykad', '700101105111', '', '', '', 'x', 'x', 1)`),
      async (db) => ({
        rows: await db.query<{ panels_json: string }[]>(`SELECT panels_json FROM patients`),
        found: await db.query<{ rowid: number }[]>(`SELECT rowid FROM patient_search WHERE patient_search MATCH '"Ah Kow"'`),
      }),
    );
    expect(JSON.parse(rows[0].panels_json)).toEqual([]);
    expect(found).toHaveLength(1);
  });
});
