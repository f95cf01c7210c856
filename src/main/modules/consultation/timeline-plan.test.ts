import { In, type EntityManager, type EntityTarget, type FindManyOptions, type ObjectLiteral } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist } from '../../../../tests/support/test-hub';
import { MERGE_GROUP_QUERY } from '../patients/patient-directory';
import { visitPageQuery } from '../queue/visit-history';
import { HistoryEntity, MedicationEntity, ProblemEntity } from '../chart/entities';
import { UserEntity } from '../users/entities';
import { EncounterDiagnosisEntity, EncounterEntity } from './entities';

/**
 * Opening a chart must cost the same for a patient seen 500 times as for one seen 5 times (see
 * `npm run bench`, section 7): every read of the timeline's page walks an index to the page's
 * rows and never scans a table. The statements here are the ones TypeORM builds from the same
 * find options the timeline (timeline.ts, encounter-read.ts, UsersService.namesOf) passes.
 */
const clinic = clinicForTests(() => clinicWithReceptionist());

const PAGE = ['v1', 'v2', 'v3'];

/** SQLite's plan for a statement, or for what a repository's find() runs with these options. */
async function planOf(query: (db: EntityManager) => [string, readonly unknown[]]): Promise<string> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  const rows = await open.work.run(null, (uow) => {
    const [sql, params] = query(uow.db);
    return uow.db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, [...params]);
  });
  return rows.map((row) => row.detail).join('\n');
}

const statement = (sql: string, params: readonly unknown[]) => (): [string, readonly unknown[]] => [sql, params];

const found =
  <E extends ObjectLiteral>(entity: EntityTarget<E>, options: FindManyOptions<E>) =>
  (db: EntityManager): [string, readonly unknown[]] =>
    db.getRepository(entity).createQueryBuilder().setFindOptions(options).getQueryAndParameters();

describe("the chart timeline's reads", () => {
  it('walks the visits index for the page, newest first, without sorting the history', async () => {
    const first = await planOf(statement(visitPageQuery(null), ['p', 21]));
    const older = await planOf(statement(visitPageQuery({ createdAt: 'x', id: 'y' }), ['p', 'x', 'y', 21]));
    for (const plan of [first, older]) {
      expect(plan).toMatch(/USING (COVERING )?INDEX visits_patient_created/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN visits\b/);
    }
    expect(await planOf(statement(MERGE_GROUP_QUERY, ['p']))).not.toMatch(/SCAN p\b|SCAN patients\b/);
  });

  it("finds the page's notes through the unique visit index, and their diagnoses and doctors by key", async () => {
    const encounters = await planOf(found(EncounterEntity, { where: { visitId: In(PAGE) }, select: { id: true, visitId: true, doctorId: true, status: true } }));
    expect(encounters).toMatch(/SEARCH Encounter USING INDEX sqlite_autoindex_encounters_\d \(visit_id=\?\)/);
    expect(encounters).not.toMatch(/SCAN/);

    // Sorting by position is over the page's few diagnoses (a page holds at most 50 visits), never the history.
    const diagnoses = await planOf(found(EncounterDiagnosisEntity, { where: { encounterId: In(PAGE) }, order: { position: 'ASC' } }));
    expect(diagnoses).toMatch(/SEARCH EncounterDiagnosis USING INDEX sqlite_autoindex_encounter_diagnoses_\d \(encounter_id=\?\)/);
    expect(diagnoses).not.toMatch(/SCAN EncounterDiagnosis\b/);

    const doctors = await planOf(found(UserEntity, { where: { id: In(PAGE) }, select: { id: true, displayName: true } }));
    expect(doctors).toMatch(/SEARCH User USING INDEX sqlite_autoindex_users_\d \(id=\?\)/);
  });
});

describe("chart.get's reads", () => {
  // The index orders a record's rows by created_at; only rows written in the same millisecond are sorted by id.
  it("finds a record's problems, medications and history by the patient indexes", async () => {
    const where = { patientId: In(['p']) };
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    expect(await planOf(found(ProblemEntity, { where, order }))).toMatch(/USING INDEX chart_problems_patient \(patient_id=\?\)/);
    expect(await planOf(found(MedicationEntity, { where, order }))).toMatch(/USING INDEX chart_medications_patient \(patient_id=\?\)/);
    expect(await planOf(found(HistoryEntity, { where, order }))).toMatch(/USING INDEX sqlite_autoindex_chart_histories_\d \(patient_id=\?\)/);
  });
});
