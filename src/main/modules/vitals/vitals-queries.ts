import type { EntityManager } from 'typeorm';
import type { VitalsCursor } from '../../../shared/schemas/vitals';
import { VitalsEntity, type VitalsRecord } from './entities';

/** Recordings no correction has replaced: what the chart shows (the replaced ones stay in the table and the audit log). */
const IN_FORCE = 'NOT EXISTS (SELECT 1 FROM vitals r WHERE r.replaces_id = v.id)';

/** One record's recordings in force measured before the cursor, newest first; exported so a test can check its query plan. */
export function vitalsPageQuery(cursor: VitalsCursor | undefined): string {
  const older = cursor ? 'AND (v.recorded_at, v.id) < (?, ?)' : '';
  return `SELECT v.id FROM vitals v WHERE v.patient_id = ? ${older} AND ${IN_FORCE} ORDER BY v.recorded_at DESC, v.id DESC LIMIT ?`;
}

const newestFirst = (a: VitalsRecord, b: VitalsRecord): number => b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);

/**
 * A patient's recordings across the records of a merge group, newest first: one walk of the index
 * `vitals_patient_trend (patient_id, recorded_at, id)` per record (nearly always one), stopping at the
 * page, never sorting a whole history.
 */
export async function vitalsTrendQuery(db: EntityManager, patientIds: string[], limit: number, before: VitalsCursor | undefined): Promise<VitalsRecord[]> {
  const sql = vitalsPageQuery(before);
  const after = before ? [before.recordedAt, before.id] : [];
  const ids: string[] = [];
  for (const patientId of patientIds) ids.push(...(await db.query<{ id: string }[]>(sql, [patientId, ...after, limit])).map((row) => row.id));
  if (ids.length === 0) return [];
  const rows = await db.getRepository(VitalsEntity).createQueryBuilder('v').where('v.id IN (:...ids)', { ids }).getMany();
  return rows.sort(newestFirst).slice(0, limit);
}

export async function currentVitalsOfVisit(db: EntityManager, visitId: string): Promise<VitalsRecord[]> {
  return db
    .getRepository(VitalsEntity)
    .createQueryBuilder('v')
    .where('v.visit_id = :visitId', { visitId })
    .andWhere(IN_FORCE)
    .orderBy('v.recorded_at', 'DESC')
    .addOrderBy('v.id', 'DESC')
    .getMany();
}
