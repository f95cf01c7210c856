import type { UnitOfWork } from '../../work/unit-of-work';
import type { QueueService } from '../queue';

/** After the bill is paid: the visit's ticket, if it waits at a payment counter, is done, and the visit with it. */
export class VisitLeaves {
  constructor(private readonly queue: QueueService) {}

  async afterPayment(uow: UnitOfWork, visit: { id: string; patientId: string }): Promise<void> {
    const station = await this.queue.stationOf(uow, visit);
    // Elsewhere (still at the dispensary, say), the ticket is that station's to move on.
    if (station?.room.kind === 'payment') await this.queue.leave(uow, station.entryId);
  }
}
