import type { UnitOfWork } from '../../work/unit-of-work';
import type { QueueService } from '../queue';
import type { RoomsService } from '../rooms';

/** After the bill is paid: the visit's ticket, if it waits at a payment counter, is done, and the visit with it. */
export class VisitLeaves {
  constructor(
    private readonly queue: QueueService,
    private readonly rooms: RoomsService,
  ) {}

  async afterPayment(uow: UnitOfWork, visit: { visitId: string; patientId: string }): Promise<void> {
    const ticket = await this.queue.openVisitToday(uow, visit.patientId);
    // Elsewhere (still at the dispensary, say), the ticket is that station's to move on.
    if (!ticket || ticket.visitId !== visit.visitId) return;
    const room = (await this.rooms.list(uow)).find((candidate) => candidate.id === ticket.roomId);
    if (room?.kind === 'payment') await this.queue.leave(uow, ticket.entryId);
  }
}
