import { moduleKey } from '../../api/core/module';
import type { GoodsReceivedService } from './goods-received-service';
import type { PurchaseOrdersService } from './purchase-orders-service';
import type { PurchasingPapers } from './purchasing-papers';
import type { ReorderListService } from './reorder-list-service';
import type { SupplierReturnsService } from './supplier-returns-service';

export interface PurchasingServices {
  purchaseOrders: PurchaseOrdersService;
  papers: PurchasingPapers;
  goodsReceived: GoodsReceivedService;
  supplierReturns: SupplierReturnsService;
  reorderList: ReorderListService;
}

export const purchasingKey = moduleKey<PurchasingServices>('purchasing');
