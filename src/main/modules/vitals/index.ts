import { defineModule } from '../../api/core/module';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { VitalsEntity } from './entities';
import { vitalsKey } from './key';
import { VITALS_PATIENT_RECORDS } from './patient-records';
import { vitalsRouter } from './router';
import { VitalsService } from './vitals-service';

export { vitalsKey, type VitalsServices } from './key';
export type { VitalsService } from './vitals-service';

/** Vital signs recorded at a visit: checked for impossible values, flagged by age, kept with their corrections. */
export const vitalsModule = defineModule({
  key: vitalsKey,
  needs: { queue: queueKey, patients: patientsKey },
  entities: [VitalsEntity],
  patientRecords: VITALS_PATIENT_RECORDS,
  build: ({ queue, patients }) => ({ vitals: new VitalsService(queue.visits, patients.directory) }),
  routes: { vitals: vitalsRouter },
});
