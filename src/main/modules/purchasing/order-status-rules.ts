import type { PurchaseOrderStatus } from '../../../shared/schemas/purchasing';

/**
 * What can happen to a purchase order, and from which status. A draft is edited and sent; goods
 * are received against a sent order until every line is in; an order not yet fully received can be
 * cancelled (the rest will not come). Received and cancelled are final. Anything else is a stale
 * screen and is refused (PURCHASE_ORDER_WRONG_STATE).
 */
export type PurchaseOrderAction = 'edit' | 'send' | 'receive' | 'cancel';

const TRANSITIONS: Record<PurchaseOrderAction, readonly PurchaseOrderStatus[]> = {
  edit: ['draft'],
  send: ['draft'],
  receive: ['sent', 'partly-received'],
  cancel: ['draft', 'sent', 'partly-received'],
};

export function canTakeOrderAction(action: PurchaseOrderAction, status: PurchaseOrderStatus): boolean {
  return TRANSITIONS[action].includes(status);
}

/** The status an order has once a delivery is recorded: received when every line is in full. */
export function statusAfterDelivery(lines: readonly { quantity: number; receivedQuantity: number }[]): PurchaseOrderStatus {
  return lines.every((line) => line.receivedQuantity >= line.quantity) ? 'received' : 'partly-received';
}
