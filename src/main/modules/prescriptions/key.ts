import { moduleKey } from '../../api/core/module';
import type { PrescriptionPrints } from './prescription-prints';
import type { PrescriptionsService } from './prescriptions-service';

export interface PrescriptionsServices {
  prescriptions: PrescriptionsService;
  prescriptionPrints: PrescriptionPrints;
}

export const prescriptionsKey = moduleKey<PrescriptionsServices>('prescriptions');
