import type { EntityManager } from 'typeorm';
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
