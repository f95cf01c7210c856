import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { MERGE_GROUP_QUERY, PatientDirectory } from '../../src/main/modules/patients/patient-directory';
import { visitHistory, visitPageQuery } from '../../src/main/modules/queue/visit-history';
import { unitOfWorkFor } from '../../tests/support/unit-of-work-for';
import { acrossMigration } from './migration-test-store';

const uuid = (n: number) => `0195f7a2-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TAN = uuid(1);
const TAN_DUPLICATE = uuid(2);
const ROOM = uuid(11);
const PHARMACY = uuid(12);
const visitId = (n: number) => uuid(100 + n);

/** Visits as a store before the migration holds them: three of Tan's, one under his merged duplicate. */
async function seed(db: EntityManager): Promise<void> {
  await db.query(`INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, address, postcode, employer, merged_into_id, created_at, updated_at, version)
                  VALUES ('${TAN}', 'MRN-000001', 'Tan Ah Kow', 'mykad', '700101105111', '', '', '', NULL, 'x', 'x', 1),
                         ('${TAN_DUPLICATE}', 'MRN-000002', 'Tan Ah Kow', 'passport', 'A1234567', '', '', '', '${TAN}', 'x', 'x', 2)`);
  await db.query(`INSERT INTO rooms (id, code, name, kind, ticket_prefix, active, created_at, updated_at)
                  VALUES ('${ROOM}', '1', 'Bilik 1', 'consultation', 'A', 1, 'x', 'x'), ('${PHARMACY}', 'PH', 'Farmasi', 'pharmacy', 'P', 1, 'x', 'x')`);
  const visits: [number, string, string][] = [
    [1, TAN, '2019-03-04T01:15:00.000Z'],
    [2, TAN_DUPLICATE, '2021-06-07T02:30:00.000Z'],
    [3, TAN, '2024-01-02T03:45:00.000Z'],
    [4, TAN, '2026-11-23T02:00:00.000Z'],
  ];
  for (const [n, patientId, at] of visits) {
    await db.query(`INSERT INTO visits (id, patient_id, clinic_date, chief_complaint, priority, emergency_reason, ticket_no, status, created_at, updated_at)
                    VALUES (?, ?, ?, 'fever', 'normal', NULL, ?, 'done', ?, ?)`, [visitId(n), patientId, at.slice(0, 10), `A00${n}`, at, at]);
    await db.query(`INSERT INTO queue_entries (id, visit_id, room_id, status, position, created_at, updated_at) VALUES (?, ?, ?, 'transferred', 0, ?, ?)`,
      [uuid(200 + n), visitId(n), ROOM, at, at]);
    await db.query(`INSERT INTO queue_entries (id, visit_id, room_id, status, position, created_at, updated_at) VALUES (?, ?, ?, 'done', 0, ?, ?)`,
      [uuid(300 + n), visitId(n), PHARMACY, `${at.slice(0, 11)}09:00:00.000Z`, at]);
  }
}

const plan = async (db: EntityManager, sql: string, params: unknown[]) =>
  (await db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row) => row.detail).join('\n');

describe('1796083200000-visit-history', () => {
  it('lists visits recorded before it newest first, a page at a time, walking the new index instead of sorting', async () => {
    const { firstPage, secondPage, pagePlan, olderPlan, groupPlan } = await acrossMigration('VisitHistory1796083200000', seed, async (db) => {
      const uow = unitOfWorkFor(db);
      const firstPage = await visitHistory(uow, new PatientDirectory(), { patientId: TAN, limit: 2 });
      return {
        firstPage,
        secondPage: await visitHistory(uow, new PatientDirectory(), { patientId: TAN, cursor: firstPage.nextCursor, limit: 2 }),
        pagePlan: await plan(db, visitPageQuery(null), [TAN, 21]),
        olderPlan: await plan(db, visitPageQuery({ createdAt: '2024-01-02T03:45:00.000Z', id: visitId(3) }), [TAN, '2024-01-02T03:45:00.000Z', visitId(3), 21]),
        groupPlan: await plan(db, MERGE_GROUP_QUERY, [TAN]),
      };
    });
    expect(firstPage.visits.map((v) => [v.ticketNo, v.clinicDate, v.checkedInTime])).toEqual([['A004', '2026-11-23', '10:00'], ['A003', '2024-01-02', '11:45']]);
    expect(firstPage.visits[0].steps.map((s) => [s.roomName, s.status])).toEqual([['Bilik 1', 'transferred'], ['Farmasi', 'done']]);
    expect(secondPage.visits.map((v) => [v.ticketNo, v.mrn])).toEqual([['A002', 'MRN-000002'], ['A001', 'MRN-000001']]);
    expect(secondPage.nextCursor).toBeNull();
    for (const query of [pagePlan, olderPlan]) {
      expect(query).toContain('visits_patient_created');
      expect(query).not.toContain('TEMP B-TREE');
    }
    expect(groupPlan).toContain('patients_merged_into');
  });
});
