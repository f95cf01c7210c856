import { moduleKey } from '../../api/core/module';
import type { PrescriptionsService } from './prescriptions-service';

export interface PrescriptionsServices {
  prescriptions: PrescriptionsService;
}

export const prescriptionsKey = moduleKey<PrescriptionsServices>('prescriptions');
