import { moduleKey } from '../../api/core/module';
import type { PurchaseOrdersService } from './purchase-orders-service';
import type { PurchasingPapers } from './purchasing-papers';

export interface PurchasingServices {
  purchaseOrders: PurchaseOrdersService;
  papers: PurchasingPapers;
}

export const purchasingKey = moduleKey<PurchasingServices>('purchasing');
