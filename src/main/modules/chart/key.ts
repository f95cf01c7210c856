import { moduleKey } from '../../api/core/module';
import type { ChartService } from './chart-service';
import type { HistorySummaries } from './history-summaries';

export interface ChartServices {
  /** The chart kept across visits; prescribing reads `longTermMedications` as the patient's other drugs. */
  chart: ChartService;
  /** The accepted medical history summaries, current and superseded. */
  summaries: HistorySummaries;
}

export const chartKey = moduleKey<ChartServices>('chart');
