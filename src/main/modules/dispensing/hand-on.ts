import type { VisitSummary } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import { nextStation } from '../consultation';
import type { QueueService } from '../queue';
import type { RoomsService } from '../rooms';

/** After the dispensary: the visit's ticket, if it waits at a dispensary station, moves on to the cashier (or ends). */
export class HandOn {
  constructor(
    private readonly queue: QueueService,
    private readonly rooms: RoomsService,
  ) {}

  /** The station's name the ticket went to, or null when it stays where it is or the visit ended. */
  async fromDispensary(uow: UnitOfWork, visit: VisitSummary): Promise<string | null> {
    const ticket = await this.queue.stationOf(uow, visit);
    if (ticket?.room.kind !== 'pharmacy') return null;
    const station = nextStation(await this.rooms.list(uow), false);
    if (!station) {
      await this.queue.leave(uow, ticket.entryId);
      return null;
    }
    await this.queue.transfer(uow, ticket.entryId, station.id);
    return station.name;
  }
}
