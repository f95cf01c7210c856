import type { EntityManager } from 'typeorm';
import type {
  Priority,
  QueueEntryStatus,
  RoomKind,
  VisitCursor,
  VisitHistoryItem,
  VisitHistoryPage,
  VisitStatus,
  VisitStep,
} from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';

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
  uow: UnitOfWork,
  patients: PatientDirectory,
  input: { patientId: string; cursor?: VisitCursor | null; limit: number },
): Promise<VisitHistoryPage> {
  const db = uow.db;
  // Visits stay on the record they were made for: a merged duplicate's are read with the survivor's.
  const group = await patients.mergeGroup(uow, input.patientId);
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
      checkedInTime: uow.clock.timeOf(row.created_at),
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
