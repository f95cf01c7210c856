import type { Priority, QueueEntryStatus, QueueEntryView } from '../../../shared/schemas/queue';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory, PatientLabel } from '../patients';
import { minutesBetween, type QueuedTicket } from './queue-rules';

/**
 * A queue entry with what the queue needs from its visit and patient: a name and MRN per
 * ticket, asked of the patient directory in one look-up for the whole room rather than one
 * audited record read per patient.
 */
export interface RoomTicket extends QueuedTicket {
  visitId: string;
  roomId: string;
  ticketNo: string;
  patientId: string;
  patientName: string;
  mrn: string;
  chiefComplaint: string;
  calledAt: string | null;
  calledCount: number;
  createdAt: string;
  updatedAt: string;
}

interface TicketRow {
  id: string;
  visit_id: string;
  room_id: string;
  status: QueueEntryStatus;
  position: number;
  skip_returns_after: number | null;
  called_at: string | null;
  called_count: number;
  created_at: string;
  updated_at: string;
  priority: Priority;
  ticket_no: string;
  chief_complaint: string;
  patient_id: string;
}

const SELECT_TICKETS = `
  SELECT e.id, e.visit_id, e.room_id, e.status, e.position, e.skip_returns_after, e.called_at, e.called_count,
         e.created_at, e.updated_at, v.priority, v.ticket_no, v.chief_complaint, v.patient_id
  FROM queue_entries e JOIN visits v ON v.id = e.visit_id`;

function toTicket(row: TicketRow, patient: PatientLabel | undefined): RoomTicket {
  return {
    id: row.id,
    visitId: row.visit_id,
    roomId: row.room_id,
    status: row.status,
    position: row.position,
    skipReturnsAfter: row.skip_returns_after,
    calledAt: row.called_at,
    calledCount: row.called_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    priority: row.priority,
    ticketNo: row.ticket_no,
    chiefComplaint: row.chief_complaint,
    patientId: row.patient_id,
    patientName: patient?.fullName ?? '',
    mrn: patient?.mrn ?? '',
  };
}

/** Reads tickets with their patients' names. */
export class TicketReader {
  constructor(private readonly patients: PatientDirectory) {}

  /** Every ticket of one room on one clinic day, in any state. */
  room(uow: UnitOfWork, roomId: string, clinicDate: string): Promise<RoomTicket[]> {
    return this.read(uow, `${SELECT_TICKETS} WHERE e.room_id = ? AND v.clinic_date = ? ORDER BY e.position`, [roomId, clinicDate]);
  }

  /** Every ticket of the clinic day, for the waiting-room board. */
  day(uow: UnitOfWork, clinicDate: string): Promise<RoomTicket[]> {
    return this.read(uow, `${SELECT_TICKETS} WHERE v.clinic_date = ? ORDER BY e.position`, [clinicDate]);
  }

  async byId(uow: UnitOfWork, entryId: string): Promise<RoomTicket> {
    const [ticket] = await this.read(uow, `${SELECT_TICKETS} WHERE e.id = ?`, [entryId]);
    if (!ticket) throw new AppError('NOT_FOUND', { entity: 'queueEntry', id: entryId });
    return ticket;
  }

  private async read(uow: UnitOfWork, sql: string, params: unknown[]): Promise<RoomTicket[]> {
    const rows = await uow.db.query<TicketRow[]>(sql, params);
    const labels = await this.patients.labelsOf(uow, rows.map((row) => row.patient_id));
    return rows.map((row) => toTicket(row, labels.get(row.patient_id)));
  }
}

export function toEntryView(ticket: RoomTicket, position: number | null, now: Date): QueueEntryView {
  return {
    entryId: ticket.id,
    visitId: ticket.visitId,
    ticketNo: ticket.ticketNo,
    patientId: ticket.patientId,
    patientName: ticket.patientName,
    mrn: ticket.mrn,
    priority: ticket.priority,
    chiefComplaint: ticket.chiefComplaint,
    status: ticket.status,
    position,
    waitingMinutes: minutesBetween(ticket.createdAt, now),
    calledAt: ticket.calledAt,
    calledCount: ticket.calledCount,
    skipReturnsAfter: ticket.status === 'skipped' ? ticket.skipReturnsAfter : null,
  };
}
