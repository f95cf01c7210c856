import { v7 as uuidv7 } from 'uuid';
import type { AppointmentStatus } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { AppointmentEntity, AppointmentStatusHistoryEntity, type AppointmentRecord } from './entities';
import { statusAfter, type AppointmentAction } from './status-rules';

/**
 * The one way an appointment row is written: every change leaves a status-history row (who,
 * when, from → to, note) and an audit row under the entity `appointment`, in the same
 * transaction, whether the desk made it or the queue did.
 */

export async function loadAppointment(uow: UnitOfWork, id: string): Promise<AppointmentRecord> {
  const record = await uow.db.getRepository(AppointmentEntity).findOneBy({ id });
  if (!record) throw new AppError('NOT_FOUND', { entity: 'appointment', id });
  return record;
}

export async function insertAppointment(uow: UnitOfWork, record: AppointmentRecord): Promise<void> {
  await uow.db.getRepository(AppointmentEntity).insert(record);
  await writeHistory(uow, record.id, null, record.status, record.notes);
  await uow.audit({ action: 'appointment.book', entity: 'appointment', entityId: record.id, after: snapshot(record) });
}

/** Takes `action` on the appointment, refusing it from a status it cannot be taken from. */
export async function changeAppointment(
  uow: UnitOfWork,
  before: AppointmentRecord,
  action: AppointmentAction,
  changes: Partial<Omit<AppointmentRecord, 'id' | 'status'>>,
  note = '',
): Promise<AppointmentRecord> {
  const status = statusAfter(action, before.status);
  if (!status) throw new AppError('APPOINTMENT_WRONG_STATE', { status: before.status, action });
  const after: AppointmentRecord = { ...before, ...changes, status, updatedAt: uow.now.toISOString() };
  await uow.db.getRepository(AppointmentEntity).update({ id: before.id }, { ...changes, status, updatedAt: after.updatedAt });
  await writeHistory(uow, before.id, before.status, status, note);
  await uow.audit({ action: `appointment.${action}`, entity: 'appointment', entityId: before.id, before: snapshot(before), after: snapshot(after) });
  return after;
}

async function writeHistory(uow: UnitOfWork, appointmentId: string, from: AppointmentStatus | null, to: AppointmentStatus, note: string): Promise<void> {
  await uow.db.getRepository(AppointmentStatusHistoryEntity).insert({
    id: uuidv7(),
    appointmentId,
    fromStatus: from,
    toStatus: to,
    at: uow.now.toISOString(),
    byUserId: uow.actor?.userId ?? null,
    note,
  });
}

/** What the audit log keeps of an appointment: everything but the row's own bookkeeping. */
function snapshot(record: AppointmentRecord): Omit<AppointmentRecord, 'createdAt' | 'updatedAt'> {
  const { createdAt: _created, updatedAt: _updated, ...rest } = record;
  return rest;
}
