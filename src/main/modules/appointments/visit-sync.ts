import type { VisitStatus } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../audit/unit-of-work';
import type { VisitListener } from '../queue/visit-listener';
import { changeAppointment } from './appointment-changes';
import { AppointmentEntity } from './entities';
import { canTake, type AppointmentAction } from './status-rules';

/** Keeps a checked-in appointment in step with its visit in the queue (wired as the queue's VisitListener). */
export class AppointmentVisitSync implements VisitListener {
  async visitCalled(uow: UnitOfWork, visitId: string): Promise<void> {
    await this.follow(uow, visitId, 'start');
  }

  async visitClosed(uow: UnitOfWork, visitId: string, status: Exclude<VisitStatus, 'open'>): Promise<void> {
    await this.follow(uow, visitId, status === 'done' ? 'finish' : 'visitNoShow');
  }

  /** A visit without an appointment (a walk-in), or one already moved on, is left alone. */
  private async follow(uow: UnitOfWork, visitId: string, action: AppointmentAction): Promise<void> {
    const record = await uow.db.getRepository(AppointmentEntity).findOneBy({ visitId });
    if (record && canTake(action, record.status)) await changeAppointment(uow, record, action, {});
  }
}
