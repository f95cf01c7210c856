import type { Permission } from '../../../shared/permissions';
import type { StrandedAfterChange, StrandedAppointment } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';

/** Where the caller's permissions are read: the users service, as the hub hands it to the routers. */
export interface PermissionsReader {
  permissionsOf(uow: UnitOfWork, userId: string): Promise<Permission[]>;
}

/**
 * The answer of a save that changed working time (leave, a template, a room, a resource): what
 * was saved, how many booked appointments it stranded, and which — patient names and times — only
 * for a caller who may book. `schedules.manage` and `clinic.manage` do not include the calendar,
 * and an admin can give a role either without it; such a caller learns the count, to hand on to
 * reception. One function for all four saves, so none of them can forget the check.
 */
export async function strandedAnswer<T extends object>(
  uow: UnitOfWork,
  users: PermissionsReader,
  saved: T,
  stranded: StrandedAppointment[],
): Promise<T & StrandedAfterChange> {
  const actor = uow.actor;
  const mayBook = actor !== null && (await users.permissionsOf(uow, actor.userId)).includes('appointments.book');
  return { ...saved, stranded: mayBook ? stranded : [], strandedCount: stranded.length };
}
