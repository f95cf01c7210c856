import { moduleKey } from '../../api/core/module';
import type { VitalsService } from './vitals-service';

export interface VitalsServices {
  vitals: VitalsService;
}

export const vitalsKey = moduleKey<VitalsServices>('vitals');
