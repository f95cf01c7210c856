import { moduleKey } from '../../api/core/module';
import type { FeesService } from './fees-service';

export interface FeesServices {
  fees: FeesService;
}

export const feesKey = moduleKey<FeesServices>('fees');
