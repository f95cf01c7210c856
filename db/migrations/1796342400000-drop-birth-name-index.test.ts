import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

/** The registration's namesake check (patients-service.ts), as the planner sees it. */
const NAMESAKE = `SELECT id, mrn FROM patients WHERE date_of_birth = ? AND full_name = ? COLLATE NOCASE AND merged_into_id IS NULL LIMIT 1`;

describe('1796342400000-drop-birth-name-index', () => {
  it('answers the same-name-and-birth-date check through the name index, without reading every patient', async () => {
    const { plan, indexes } = await acrossMigration(
      'DropBirthNameIndex1796342400000',
      async () => undefined,
      async (db) => ({
        plan: (await db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${NAMESAKE}`, ['1970-01-01', 'Tan Ah Kow'])).map((row) => row.detail),
        indexes: (await db.query<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'patients' AND name LIKE 'patients_%'`)).map((row) => row.name),
      }),
    );
    expect(indexes).not.toContain('patients_birth_name');
    expect(plan.join('\n')).toMatch(/USING INDEX patients_name \(full_name=\?\)/);
  });
});
