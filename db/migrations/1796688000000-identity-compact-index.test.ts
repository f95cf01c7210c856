import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

/** The registration's and the import's "on file however written" lookup (identity-on-file.ts), as the planner sees it. */
const ON_FILE = `SELECT id, mrn FROM patients
  WHERE identity_type IN ('mykad', 'other') AND merged_into_id IS NULL AND replace(replace(replace(identity_no, ' ', ''), '-', ''), '.', '') IN (?)`;

describe('1796688000000-identity-compact-index', () => {
  it('finds a number kept with spaces or dashes by its digits alone, through the new index', async () => {
    const { plan, found } = await acrossMigration(
      'IdentityCompactIndex1796688000000',
      async (db) => {
        for (const [id, type, no] of [['p1', 'other', '530321 04 4869'], ['p2', 'mykad', '850615-14-5231'], ['p3', 'passport', 'A 530321 04 4869']]) {
          await db.query(
            `INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)`,
            [id, `MRN-${id}`, `Patient ${id}`, type, no],
          );
        }
      },
      async (db) => ({
        plan: (await db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${ON_FILE}`, ['530321044869'])).map((row) => row.detail),
        found: [
          ...(await db.query<{ id: string }[]>(ON_FILE, ['530321044869'])),
          ...(await db.query<{ id: string }[]>(ON_FILE, ['850615145231'])),
        ].map((row) => row.id),
      }),
    );
    expect(found).toEqual(['p1', 'p2']);
    expect(plan.join('\n')).toMatch(/USING INDEX patients_identity_compact/);
  });
});
