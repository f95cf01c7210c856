import { defineModule } from '../../api/core/module';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { usersKey } from '../users';
import { ChartService } from './chart-service';
import { HistoryEntity, MedicationEntity, ProblemEntity } from './entities';
import { HistorySummaries } from './history-summaries';
import { HistorySummaryEntity } from './history-summary-entity';
import { chartKey } from './key';
import { CHART_PATIENT_RECORDS } from './patient-records';
import { chartRouter } from './router';

export { chartKey, type ChartServices } from './key';
export type { ChartService } from './chart-service';

/** What is kept about a patient across visits: problem list, long-term medications, medical and social history. */
export const chartModule = defineModule({
  key: chartKey,
  needs: { patients: patientsKey, queue: queueKey, users: usersKey },
  entities: [ProblemEntity, MedicationEntity, HistoryEntity, HistorySummaryEntity],
  patientRecords: CHART_PATIENT_RECORDS,
  build: ({ patients, queue, users }) => ({
    chart: new ChartService(patients.directory, queue.visits, users.users),
    summaries: new HistorySummaries(patients.directory, queue.visits, users.users),
  }),
  routes: { chart: chartRouter },
});
