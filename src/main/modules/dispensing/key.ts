import { moduleKey } from '../../api/core/module';
import type { DispensaryView } from './dispensary-view';
import type { DispensaryPrints } from './dispensary-prints';
import type { DispensingService } from './dispensing-service';

export interface DispensingServices {
  dispensing: DispensingService;
  dispensary: DispensaryView;
  prints: DispensaryPrints;
}

export const dispensingKey = moduleKey<DispensingServices>('dispensing');
