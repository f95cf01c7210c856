import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { medicinesKey } from '../medicines';
import { suppliersKey } from '../suppliers';
import { GoodsReceivedEntity, GoodsReceivedLineEntity, PurchaseOrderEntity, PurchaseOrderLineEntity, SupplierReturnEntity } from './entities';
import { purchasingKey } from './key';
import { PurchaseOrdersService } from './purchase-orders-service';
import { PurchasingPapers } from './purchasing-papers';
import { purchasingRouter } from './router';

export { purchasingKey, type PurchasingServices } from './key';

/** Buying medicines: purchase orders, goods received against them or delivered directly, returns to suppliers, the reorder list. */
export const purchasingModule = defineModule({
  key: purchasingKey,
  needs: { suppliers: suppliersKey, medicines: medicinesKey, clinic: clinicKey },
  entities: [PurchaseOrderEntity, PurchaseOrderLineEntity, GoodsReceivedEntity, GoodsReceivedLineEntity, SupplierReturnEntity],
  build: ({ suppliers, medicines, clinic }) => {
    const purchaseOrders = new PurchaseOrdersService(suppliers.suppliers, medicines.medicines);
    return { purchaseOrders, papers: new PurchasingPapers(clinic.clinic, purchaseOrders, suppliers.suppliers) };
  },
  routes: { purchasing: purchasingRouter },
});
