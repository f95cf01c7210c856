import type { EntityManager } from 'typeorm';
import { clinicDateTime } from '../../../shared/clinic-time';
import { ACTIVE_APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { AppError } from '../../errors/app-error';

/**
 * What a booking points at outside this module: the patient, and the visit a follow-up comes
 * from. Read-only look-ups by id, like the queue's own check of the patient at check-in.
 */

/** A patient who can be booked: exists and was not merged into another record. */
export async function assertBookablePatient(db: EntityManager, patientId: string): Promise<void> {
  const rows = await db.query<{ merged_into_id: string | null }[]>(`SELECT merged_into_id FROM patients WHERE id = ?`, [patientId]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { entity: 'patient', id: patientId });
  if (rows[0].merged_into_id) throw new AppError('CONFLICT', { reason: 'merged', mergedIntoId: rows[0].merged_into_id });
}

/** A follow-up names a visit of the same patient ("see me again in two weeks"). */
export async function assertPatientVisit(db: EntityManager, visitId: string, patientId: string): Promise<void> {
  const rows = await db.query<{ id: string }[]>(`SELECT id FROM visits WHERE id = ? AND patient_id = ?`, [visitId, patientId]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { entity: 'visit', id: visitId });
}

/**
 * One person cannot be in two appointments at once: another active appointment of the same
 * patient overlapping [startsAt, endsAt) is refused, named by the patient and its clinic times.
 */
export async function assertPatientFree(db: EntityManager, booking: { patientId: string; startsAt: string; endsAt: string; exceptId?: string }, timeZone: string): Promise<void> {
  const active = ACTIVE_APPOINTMENT_STATUSES.map(() => '?').join(', ');
  const rows = await db.query<{ starts_at: string; ends_at: string; full_name: string }[]>(
    `SELECT a.starts_at, a.ends_at, p.full_name FROM appointments a JOIN patients p ON p.id = a.patient_id
     WHERE a.patient_id = ? AND a.id <> ? AND a.status IN (${active}) AND a.starts_at < ? AND a.ends_at > ?
     ORDER BY a.starts_at LIMIT 1`,
    [booking.patientId, booking.exceptId ?? '', ...ACTIVE_APPOINTMENT_STATUSES, booking.endsAt, booking.startsAt],
  );
  const clash = rows[0];
  if (!clash) return;
  const time = (instant: string) => clinicDateTime(new Date(instant), timeZone).time;
  throw new AppError('APPOINTMENT_CONFLICT', { name: clash.full_name, start: time(clash.starts_at), end: time(clash.ends_at) });
}
