import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

const BY_ACTION = `SELECT seq FROM audit_log WHERE action = ? AND instr(after_json, ?) > 0 ORDER BY seq DESC`;
const BY_DATE = `SELECT seq FROM audit_log WHERE at >= ? AND at < ?`;

describe('1796860800000-audit-log-filters', () => {
  it("finds rows by action and by date through the new indexes, the rows already there included", async () => {
    const { plans, byAction, byDate } = await acrossMigration(
      'AuditLogFilters1796860800000',
      async (db) => {
        for (const [seq, at, action, after] of [
          [1, '2026-11-23T02:00:00.000Z', 'patient.search', '{"patientIds":["p1"]}'],
          [2, '2026-11-23T03:00:00.000Z', 'patient.register', null],
          [3, '2026-11-24T02:00:00.000Z', 'patient.search', '{"patientIds":["p2"]}'],
        ] as const) {
          await db.query(`INSERT INTO audit_log (seq, at, action, entity, after_json, prev_hash, hash) VALUES (?, ?, ?, 'patient', ?, '-', '-')`, [seq, at, action, after]);
        }
      },
      async (db) => {
        const plan = async (sql: string, params: unknown[]) => (await db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row) => row.detail).join('\n');
        return {
          plans: [await plan(BY_ACTION, ['patient.search', '"p1"']), await plan(BY_DATE, ['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'])],
          byAction: (await db.query<{ seq: number }[]>(BY_ACTION, ['patient.search', '"p2"'])).map((row) => row.seq),
          byDate: (await db.query<{ seq: number }[]>(BY_DATE, ['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'])).map((row) => row.seq),
        };
      },
    );
    expect(byAction).toEqual([3]);
    expect(byDate).toEqual([1, 2]);
    expect(plans[0]).toMatch(/USING INDEX audit_log_action/);
    expect(plans[1]).toMatch(/USING (COVERING )?INDEX audit_log_at/);
  });
});
