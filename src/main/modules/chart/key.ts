import { moduleKey } from '../../api/core/module';
import type { ChartService } from './chart-service';

export interface ChartServices {
  /** The chart kept across visits; prescribing reads `longTermMedications` as the patient's other drugs. */
  chart: ChartService;
}

export const chartKey = moduleKey<ChartServices>('chart');
