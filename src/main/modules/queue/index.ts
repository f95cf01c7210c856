import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { patientsKey } from '../patients';
import { roomsKey } from '../rooms';
import { QueueEntryEntity, VisitEntity } from './entities';
import { queueKey } from './key';
import { PairingGuard } from './pairing-guard';
import { displayRouter } from './display-router';
import { QueueService } from './queue-service';
import { queueRouter } from './router';
import { TicketPrinting } from './ticket-printing';

export { queueKey, type QueueServices } from './key';
export type { QueueService } from './queue-service';

/** Walk-ins, visits and the queue of each room, tickets on paper, and the waiting-room TV. */
export const queueModule = defineModule({
  key: queueKey,
  needs: { clinic: clinicKey, rooms: roomsKey, patients: patientsKey },
  entities: [VisitEntity, QueueEntryEntity],
  build: ({ clinic, rooms, patients }, platform) => ({
    queue: new QueueService(clinic.clinic, rooms.rooms, patients.directory),
    ticketPrinting: new TicketPrinting(clinic.clinic, clinic.receiptPrinter),
    pairingGuard: new PairingGuard(() => platform.now().getTime()),
    clinic: clinic.clinic,
    patients: patients.directory,
  }),
  routes: { queue: queueRouter, display: displayRouter },
});
