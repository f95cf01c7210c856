import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { ledgerKey } from '../ledger';
import { medicinesKey } from '../medicines';
import { stockKey } from '../stock';
import { suppliersKey } from '../suppliers';
import { GoodsReceivedEntity, GoodsReceivedLineEntity, PurchaseOrderEntity, PurchaseOrderLineEntity, SupplierReturnEntity } from './entities';
import { purchasingKey } from './key';
import { GoodsReceivedService } from './goods-received-service';
import { PurchaseOrdersService } from './purchase-orders-service';
import { PurchasingPapers } from './purchasing-papers';
import { ReorderListService } from './reorder-list-service';
import { purchasingRouter } from './router';
import { SupplierReturnsService } from './supplier-returns-service';

export { purchasingKey, type PurchasingServices } from './key';

/** Buying medicines: purchase orders, goods received against them or delivered directly, returns to suppliers, the reorder list. */
export const purchasingModule = defineModule({
  key: purchasingKey,
  needs: { suppliers: suppliersKey, medicines: medicinesKey, clinic: clinicKey, stock: stockKey, ledger: ledgerKey },
  entities: [PurchaseOrderEntity, PurchaseOrderLineEntity, GoodsReceivedEntity, GoodsReceivedLineEntity, SupplierReturnEntity],
  build: ({ suppliers, medicines, clinic, stock, ledger }) => {
    const purchaseOrders = new PurchaseOrdersService(suppliers.suppliers, medicines.medicines);
    return {
      purchaseOrders,
      papers: new PurchasingPapers(clinic.clinic, purchaseOrders, suppliers.suppliers),
      goodsReceived: new GoodsReceivedService(suppliers.suppliers, medicines.medicines, purchaseOrders, stock.stock, ledger.ledger),
      supplierReturns: new SupplierReturnsService(suppliers.suppliers, medicines.medicines, stock.stock, ledger.ledger),
      reorderList: new ReorderListService(medicines.medicines, stock.stock, suppliers.suppliers, purchaseOrders),
    };
  },
  routes: { purchasing: purchasingRouter },
});
