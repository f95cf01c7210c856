import type { EntityManager } from 'typeorm';
import { clinicDateTime } from '../../../shared/clinic-time';
import type { AppointmentStatus, AppointmentStatusChange, AppointmentView } from '../../../shared/schemas/appointments';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory, PatientLabel } from '../patients';

/**
 * Appointments as the screens show them, with doctor, type, room, resource and ticket in one
 * query, and the patients' names and MRNs asked of the patient directory in one look-up: like the
 * queue, calendars show names in bulk rather than as one audited patient-record read each.
 */

interface AppointmentRow {
  id: string;
  patient_id: string;
  doctor_id: string;
  doctor_name: string;
  type_id: string;
  type_name: string;
  room_id: string | null;
  room_code: string | null;
  resource_id: string | null;
  resource_name: string | null;
  starts_at: string;
  ends_at: string;
  status: AppointmentStatus;
  notes: string;
  cancel_reason: string | null;
  follow_up_of_visit_id: string | null;
  visit_id: string | null;
  ticket_no: string | null;
}

const SELECT_APPOINTMENTS = `
  SELECT a.id, a.patient_id, a.doctor_id, d.display_name AS doctor_name, a.type_id, t.name AS type_name,
         a.room_id, r.code AS room_code, a.resource_id, s.name AS resource_name, a.starts_at, a.ends_at, a.status, a.notes,
         a.cancel_reason, a.follow_up_of_visit_id, a.visit_id, v.ticket_no
  FROM appointments a
  JOIN users d ON d.id = a.doctor_id
  JOIN appointment_types t ON t.id = a.type_id
  LEFT JOIN rooms r ON r.id = a.room_id
  LEFT JOIN resources s ON s.id = a.resource_id
  LEFT JOIN visits v ON v.id = a.visit_id`;

function toView(row: AppointmentRow, patient: PatientLabel | undefined, timeZone: string): AppointmentView {
  const start = clinicDateTime(new Date(row.starts_at), timeZone);
  const end = clinicDateTime(new Date(row.ends_at), timeZone);
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: patient?.fullName ?? '',
    mrn: patient?.mrn ?? '',
    doctorId: row.doctor_id,
    doctorName: row.doctor_name,
    typeId: row.type_id,
    typeName: row.type_name,
    roomId: row.room_id,
    roomCode: row.room_code,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: start.date,
    start: start.time,
    end: end.time,
    status: row.status,
    notes: row.notes,
    cancelReason: row.cancel_reason,
    followUpOfVisitId: row.follow_up_of_visit_id,
    visitId: row.visit_id,
    ticketNo: row.ticket_no,
  };
}

export class AppointmentReader {
  constructor(private readonly patients: PatientDirectory) {}

  async view(uow: UnitOfWork, id: string): Promise<AppointmentView> {
    const [view] = await this.read(uow, `${SELECT_APPOINTMENTS} WHERE a.id = ?`, [id]);
    if (!view) throw new AppError('NOT_FOUND', { entity: 'appointment', id });
    return view;
  }

  /** Appointments in any status starting in the UTC range [start, end), one doctor's or everyone's. */
  starting(uow: UnitOfWork, range: { start: string; end: string }, doctorId?: string): Promise<AppointmentView[]> {
    const byDoctor = doctorId ? ' AND a.doctor_id = ?' : '';
    return this.read(uow, `${SELECT_APPOINTMENTS} WHERE a.starts_at >= ? AND a.starts_at < ?${byDoctor} ORDER BY a.starts_at, a.id`, [
      range.start,
      range.end,
      ...(doctorId ? [doctorId] : []),
    ]);
  }

  /** A patient's appointments, newest first. */
  forPatient(uow: UnitOfWork, patientId: string): Promise<AppointmentView[]> {
    return this.read(uow, `${SELECT_APPOINTMENTS} WHERE a.patient_id = ? ORDER BY a.starts_at DESC, a.id DESC`, [patientId]);
  }

  private async read(uow: UnitOfWork, sql: string, params: unknown[]): Promise<AppointmentView[]> {
    const rows = await uow.db.query<AppointmentRow[]>(sql, params);
    const labels = await this.patients.labelsOf(uow, rows.map((row) => row.patient_id));
    return rows.map((row) => toView(row, labels.get(row.patient_id), uow.clock.zone));
  }
}

export async function statusHistory(db: EntityManager, appointmentId: string): Promise<AppointmentStatusChange[]> {
  const rows = await db.query<{ from_status: AppointmentStatus | null; to_status: AppointmentStatus; at: string; by_name: string | null; note: string }[]>(
    `SELECT h.from_status, h.to_status, h.at, u.display_name AS by_name, h.note
     FROM appointment_status_history h LEFT JOIN users u ON u.id = h.by_user_id
     WHERE h.appointment_id = ? ORDER BY h.at, h.id`,
    [appointmentId],
  );
  return rows.map((row) => ({ from: row.from_status, to: row.to_status, at: row.at, byName: row.by_name, note: row.note }));
}
