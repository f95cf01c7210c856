import { moduleKey } from '../../api/core/module';
import type { ChargeLines } from './charge-lines';
import type { DispensaryView } from './dispensary-view';
import type { DispensaryPrints } from './dispensary-prints';
import type { DispensingService } from './dispensing-service';

export interface DispensingServices {
  dispensing: DispensingService;
  dispensary: DispensaryView;
  prints: DispensaryPrints;
  charges: ChargeLines;
}

export const dispensingKey = moduleKey<DispensingServices>('dispensing');
