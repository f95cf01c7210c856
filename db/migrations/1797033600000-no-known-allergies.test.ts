import { describe, expect, it } from 'vitest';
import { PatientEntity } from '../../src/main/modules/patients/entities';
import { toPatient } from '../../src/main/modules/patients/patients-service';
import type { Patient } from '../../src/shared/schemas/patients';
import { acrossMigration } from './migration-test-store';

describe('1797033600000-no-known-allergies', () => {
  it('leaves every patient, and every kept version, without a statement: an empty allergy list stays "not recorded"', async () => {
    const { patient, snapshot } = await acrossMigration(
      'NoKnownAllergies1797033600000',
      async (db) => {
        await db.query(
          `INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, allergies_json, created_at, updated_at, version)
           VALUES ('p1', 'MRN-000001', 'Tan Ah Kow', 'other', 'X-1', '[]', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 2)`,
        );
        const old = { id: 'p1', mrn: 'MRN-000001', fullName: 'Tan Ah Kow', allergies: [], version: 1 };
        await db.query(`INSERT INTO patient_versions (patient_id, version, snapshot_json, changed_at) VALUES ('p1', 1, ?, '2026-01-01T00:00:00Z')`, [JSON.stringify(old)]);
      },
      async (db) => {
        const [row] = await db.query<{ snapshot_json: string }[]>(`SELECT snapshot_json FROM patient_versions WHERE patient_id = 'p1'`);
        return { patient: await db.getRepository(PatientEntity).findOneByOrFail({ id: 'p1' }), snapshot: toPatient(JSON.parse(row.snapshot_json) as Patient) };
      },
    );
    expect(patient).toMatchObject({ fullName: 'Tan Ah Kow', allergies: [], noKnownAllergiesRecorded: null });
    expect(snapshot.noKnownAllergiesRecorded).toBeNull();
  });
});
