import { moduleKey } from '../../api/core/module';
import type { SettingsStore } from '../../settings/settings-store';
import type { PatientDirectory } from '../patients';
import type { PairingGuard } from './pairing-guard';
import type { QueueService } from './queue-service';
import type { TicketPrinting } from './ticket-printing';
import type { VisitDirectory } from './visit-directory';

export interface QueueServices {
  queue: QueueService;
  ticketPrinting: TicketPrinting;
  /** Rate limit on the waiting-room display's pairing code. */
  pairingGuard: PairingGuard;
  /** The display checks its pairing code against the display settings. */
  settings: SettingsStore;
  /** A patient's visit history reads the records merged into theirs. */
  patients: PatientDirectory;
  /** What the clinical modules may ask of a visit. */
  visits: VisitDirectory;
}

export const queueKey = moduleKey<QueueServices>('queue');
