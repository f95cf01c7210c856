import type { UnitOfWork } from '../../work/unit-of-work';
import type { DomainListeners } from '../../work/domain-events';
import { changeAppointment } from './appointment-changes';
import { AppointmentEntity } from './entities';
import { canTake, type AppointmentAction } from './status-rules';

/** Keeps a checked-in appointment in step with its visit in the queue: started at the first call, finished when the visit ends, back when its no-show is taken back. */
export const visitSync: DomainListeners = {
  'visit.called': (uow, { visitId }) => follow(uow, visitId, 'start'),
  'visit.closed': (uow, { visitId, status }) => follow(uow, visitId, status === 'done' ? 'finish' : 'visitNoShow'),
  'visit.reopened': (uow, { visitId }) => follow(uow, visitId, 'visitReopened'),
};

/** A visit without an appointment (a walk-in), or one already moved on, is left alone. */
async function follow(uow: UnitOfWork, visitId: string, action: AppointmentAction): Promise<void> {
  const record = await uow.db.getRepository(AppointmentEntity).findOneBy({ visitId });
  if (record && canTake(action, record.status)) await changeAppointment(uow, record, action, {});
}
