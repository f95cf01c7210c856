import type { EntityManager } from 'typeorm';
import { ACTIVE_APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';

/**
 * What a booking points at outside this module: the visit a follow-up comes from, and the
 * patient's other appointments (the patient themself is the patient directory's to check).
 */

/** A follow-up names a visit of the same patient ("see me again in two weeks"). */
export async function assertPatientVisit(db: EntityManager, visitId: string, patientId: string): Promise<void> {
  const rows = await db.query<{ id: string }[]>(`SELECT id FROM visits WHERE id = ? AND patient_id = ?`, [visitId, patientId]);
  if (!rows[0]) throw new AppError('NOT_FOUND', { entity: 'visit', id: visitId });
}

/**
 * One person cannot be in two appointments at once: another active appointment of the same
 * patient overlapping [startsAt, endsAt) is refused, named by the patient and its clinic times.
 */
export async function assertPatientFree(
  uow: UnitOfWork,
  patients: PatientDirectory,
  booking: { patientId: string; startsAt: string; endsAt: string; exceptId?: string },
): Promise<void> {
  const active = ACTIVE_APPOINTMENT_STATUSES.map(() => '?').join(', ');
  const rows = await uow.db.query<{ starts_at: string; ends_at: string }[]>(
    `SELECT a.starts_at, a.ends_at FROM appointments a
     WHERE a.patient_id = ? AND a.id <> ? AND a.status IN (${active}) AND a.starts_at < ? AND a.ends_at > ?
     ORDER BY a.starts_at LIMIT 1`,
    [booking.patientId, booking.exceptId ?? '', ...ACTIVE_APPOINTMENT_STATUSES, booking.endsAt, booking.startsAt],
  );
  const clash = rows[0];
  if (!clash) return;
  const name = (await patients.labelsOf(uow, [booking.patientId])).get(booking.patientId)?.fullName ?? '';
  throw new AppError('APPOINTMENT_CONFLICT', { name, start: uow.clock.timeOf(clash.starts_at), end: uow.clock.timeOf(clash.ends_at) });
}
