import { moduleKey } from '../../api/core/module';
import type { InvoicesService } from './invoices-service';
import type { PaymentsService } from './payments-service';

export interface BillingServices {
  invoices: InvoicesService;
  payments: PaymentsService;
}

export const billingKey = moduleKey<BillingServices>('billing');
