import { composeDocument, type ClinicProfileSource, type PageDocument } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { SuppliersService } from '../suppliers';
import { purchaseOrderPage } from './order-page';
import type { PurchaseOrdersService } from './purchase-orders-service';

/** A paper ready to draw once its unit of work has committed. */
export interface PurchasingPaper {
  fileName: string;
  document: PageDocument;
}

/**
 * The papers purchasing prints on the clinic's letterhead. They are business papers, not issued
 * clinical documents: no serial or verification code of their own, the order's number is theirs.
 */
export class PurchasingPapers {
  constructor(
    private readonly clinic: ClinicProfileSource,
    private readonly orders: PurchaseOrdersService,
    private readonly suppliers: SuppliersService,
  ) {}

  async order(uow: UnitOfWork, id: string): Promise<PurchasingPaper> {
    const order = await this.orders.get(uow, id);
    const supplier = await this.suppliers.get(uow, order.supplierId);
    const orderedOn = order.sentAt ? uow.clock.dateOf(order.sentAt) : uow.clock.today();
    const content = purchaseOrderPage(order, supplier, orderedOn);
    return { fileName: `${order.number}.pdf`, document: composeDocument(content, await this.clinic.profile(uow), null) };
  }
}
