import type { EntityManager } from 'typeorm';
import { clinicDateTime } from '../../../shared/clinic-time';
import {
  visitHistoryInputSchema,
  type Priority,
  type QueueEntryStatus,
  type RoomKind,
  type VisitCursor,
  type VisitHistoryItem,
  type VisitHistoryPage,
  type VisitStatus,
  type VisitStep,
} from '../../../shared/schemas/queue';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { auditPatientRead } from '../../audit/patient-reads';
import { AppError } from '../../errors/app-error';

/**
 * A patient's visits for the patient record, newest first, a page at a time. A patient seen
 * for years has hundreds of visits, so each page is read in the order of the index
 * `visits_patient_created (patient_id, created_at, id)`, stopping after the page, never
 * sorting them all.
 */

interface VisitRow {
  id: string;
  patient_id: string;
  clinic_date: string;
  chief_complaint: string;
  priority: Priority;
  emergency_reason: string | null;
  ticket_no: string;
  status: VisitStatus;
  created_at: string;
}

interface StepRow {
  visit_id: string;
  status: QueueEntryStatus;
  room_id: string;
  code: string;
  name: string;
  kind: RoomKind;
}

const VISIT_COLUMNS = 'id, patient_id, clinic_date, chief_complaint, priority, emergency_reason, ticket_no, status, created_at';

/** One record's visits older than the cursor, newest first; exported so a test can check its query plan. */
export function visitPageQuery(cursor: VisitCursor | null | undefined): string {
  const older = cursor ? 'AND (created_at, id) < (?, ?)' : '';
  return `SELECT ${VISIT_COLUMNS} FROM visits WHERE patient_id = ? ${older} ORDER BY created_at DESC, id DESC LIMIT ?`;
}

/**
 * The record and every record merged into it, directly or through a chain (A into B, B into C),
 * with their MRNs. Visits are not moved on merge, so the survivor's history reads them all.
 */
export const MERGE_GROUP_QUERY = `
  WITH RECURSIVE grp(id) AS (SELECT ? UNION SELECT p.id FROM patients p JOIN grp ON p.merged_into_id = grp.id)
  SELECT p.id, p.mrn FROM patients p JOIN grp ON grp.id = p.id`;

async function mergeGroup(db: EntityManager, patientId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; mrn: string }[]>(MERGE_GROUP_QUERY, [patientId]);
  if (rows.length === 0) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
  return new Map(rows.map((row) => [row.id, row.mrn]));
}

const newestFirst = (a: VisitRow, b: VisitRow): number => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);

/** The rooms each visit queued at, oldest first: the route it took through the clinic. */
async function visitSteps(db: EntityManager, visitIds: string[]): Promise<Map<string, VisitStep[]>> {
  const steps = new Map<string, VisitStep[]>(visitIds.map((id) => [id, []]));
  if (visitIds.length === 0) return steps;
  const rows = await db.query<StepRow[]>(
    `SELECT e.visit_id, e.status, r.id AS room_id, r.code, r.name, r.kind
     FROM queue_entries e JOIN rooms r ON r.id = e.room_id
     WHERE e.visit_id IN (${visitIds.map(() => '?').join(', ')})
     ORDER BY e.created_at, e.id`,
    visitIds,
  );
  for (const row of rows) {
    steps.get(row.visit_id)?.push({ roomId: row.room_id, roomCode: row.code, roomName: row.name, roomKind: row.kind, status: row.status });
  }
  return steps;
}

export async function visitHistory(
  db: EntityManager,
  input: { patientId: string; cursor?: VisitCursor | null; limit: number },
  timeZone: string,
): Promise<VisitHistoryPage> {
  const group = await mergeGroup(db, input.patientId);
  const sql = visitPageQuery(input.cursor);
  const after = input.cursor ? [input.cursor.createdAt, input.cursor.id] : [];
  // One index walk per record of the group (nearly always just one), then the newest of them.
  const rows: VisitRow[] = [];
  for (const patientId of group.keys()) rows.push(...(await db.query<VisitRow[]>(sql, [patientId, ...after, input.limit + 1])));
  const page = rows.sort(newestFirst).slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? { createdAt: last.created_at, id: last.id } : null;
  const steps = await visitSteps(db, page.map((row) => row.id));
  const visits = page.map(
    (row): VisitHistoryItem => ({
      visitId: row.id,
      patientId: row.patient_id,
      mrn: group.get(row.patient_id) ?? '',
      clinicDate: row.clinic_date,
      checkedInTime: clinicDateTime(new Date(row.created_at), timeZone).time,
      ticketNo: row.ticket_no,
      chiefComplaint: row.chief_complaint,
      priority: row.priority,
      emergencyReason: row.emergency_reason,
      status: row.status,
      steps: steps.get(row.id) ?? [],
    }),
  );
  return { visits, nextCursor };
}

/**
 * `queue.visitsForPatient`: under the record's own permission, since it is part of the chart,
 * and audited as a read of it (the same person's refetches within a minute count once).
 */
export const visitsForPatient = permittedProcedure('patients.view')
  .input(visitHistoryInputSchema)
  .use(inUnitOfWork)
  .query(async ({ ctx, input }) => {
    const page = await visitHistory(ctx.uow.db, input, (await ctx.services.clinic.get(ctx.uow)).profile.timeZone);
    await auditPatientRead(ctx.uow, 'visits', input.patientId);
    return page;
  });
