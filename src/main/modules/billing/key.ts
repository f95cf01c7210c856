import { moduleKey } from '../../api/core/module';
import type { CounterWorklist } from './counter-worklist';
import type { InvoicesService } from './invoices-service';
import type { PanelBilling } from './panel-billing';
import type { PaymentsService } from './payments-service';
import type { ReceiptPrints } from './receipt-prints';

export interface BillingServices {
  invoices: InvoicesService;
  panelBilling: PanelBilling;
  payments: PaymentsService;
  counter: CounterWorklist;
  receipts: ReceiptPrints;
}

export const billingKey = moduleKey<BillingServices>('billing');
