import { defineModule } from '../../api/core/module';
import { clinicKey, profileSettings } from '../clinic';
import { patientsKey } from '../patients';
import { roomsKey } from '../rooms';
import { QueueEntryEntity, VisitEntity } from './entities';
import { queueKey } from './key';
import { PairingGuard } from './pairing-guard';
import { QUEUE_PATIENT_RECORDS } from './patient-records';
import { displayRouter } from './display-router';
import { displaySettings } from './display-settings';
import { QueueService } from './queue-service';
import { queueRouter } from './router';
import { TicketPrinting } from './ticket-printing';
import { VisitDirectory } from './visit-directory';

export { queueKey, type QueueServices } from './key';
export type { QueueService } from './queue-service';
export type { VisitDirectory } from './visit-directory';
export type { VisitSummary } from '../../../shared/schemas/queue';
export { displaySettings } from './display-settings';
export { minutesBetween, NO_SHOW_UNDO_MINUTES } from './queue-rules';

/** Walk-ins, visits and the queue of each room, tickets on paper, and the waiting-room TV. */
export const queueModule = defineModule({
  key: queueKey,
  needs: { clinic: clinicKey, rooms: roomsKey, patients: patientsKey },
  entities: [VisitEntity, QueueEntryEntity],
  patientRecords: QUEUE_PATIENT_RECORDS,
  build: ({ clinic, rooms, patients }, platform) => ({
    queue: new QueueService(clinic.clinic, rooms.rooms, patients.directory, platform.settings),
    ticketPrinting: new TicketPrinting(clinic.clinic, clinic.receiptPrinter),
    pairingGuard: new PairingGuard(() => platform.now().getTime()),
    settings: platform.settings,
    patients: patients.directory,
    visits: new VisitDirectory(patients.directory),
  }),
  routes: { queue: queueRouter, display: displayRouter },
  settings: { display: displaySettings },
  // A new clinic's TV calls out in the clinic's own languages.
  seed: async (uow, { settings }) => {
    const { languages } = await settings.get(uow, profileSettings);
    await settings.save(uow, displaySettings, { ...displaySettings.defaults(), languages });
  },
});
