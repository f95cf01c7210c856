import type { EntityManager } from 'typeorm';
import type { Priority, QueueEntryStatus, QueueEntryView } from '../../../shared/schemas/queue';
import { AppError } from '../../errors/app-error';
import { minutesBetween, type QueuedTicket } from './queue-rules';

/**
 * A queue entry with what the queue needs from its visit and patient. The one place the
 * queue reads the patients table: a name and MRN per ticket, read in one query for the
 * whole room rather than one audited record read per patient.
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
  full_name: string;
  mrn: string;
}

const SELECT_TICKETS = `
  SELECT e.id, e.visit_id, e.room_id, e.status, e.position, e.skip_returns_after, e.called_at, e.called_count,
         e.created_at, e.updated_at, v.priority, v.ticket_no, v.chief_complaint, v.patient_id, p.full_name, p.mrn
  FROM queue_entries e JOIN visits v ON v.id = e.visit_id JOIN patients p ON p.id = v.patient_id`;

function toTicket(row: TicketRow): RoomTicket {
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
    patientName: row.full_name,
    mrn: row.mrn,
  };
}

/** Every ticket of one room on one clinic day, in any state. */
export async function roomTickets(db: EntityManager, roomId: string, clinicDate: string): Promise<RoomTicket[]> {
  const rows = await db.query<TicketRow[]>(`${SELECT_TICKETS} WHERE e.room_id = ? AND v.clinic_date = ? ORDER BY e.position`, [roomId, clinicDate]);
  return rows.map(toTicket);
}

/** Every ticket of the clinic day, for the waiting-room board. */
export async function dayTickets(db: EntityManager, clinicDate: string): Promise<RoomTicket[]> {
  const rows = await db.query<TicketRow[]>(`${SELECT_TICKETS} WHERE v.clinic_date = ? ORDER BY e.position`, [clinicDate]);
  return rows.map(toTicket);
}

export async function ticketById(db: EntityManager, entryId: string): Promise<RoomTicket> {
  const rows = await db.query<TicketRow[]>(`${SELECT_TICKETS} WHERE e.id = ?`, [entryId]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { entity: 'queueEntry', id: entryId });
  return toTicket(rows[0]);
}

/** The patient a check-in is for: must exist and not have been merged into another record. */
export async function checkInPatient(db: EntityManager, patientId: string): Promise<{ id: string; mergedIntoId: string | null }> {
  const rows = await db.query<{ id: string; merged_into_id: string | null }[]>(`SELECT id, merged_into_id FROM patients WHERE id = ?`, [patientId]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
  return { id: rows[0].id, mergedIntoId: rows[0].merged_into_id };
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
