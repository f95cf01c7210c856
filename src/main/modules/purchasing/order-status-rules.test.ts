import { describe, expect, it } from 'vitest';
import { PURCHASE_ORDER_STATUSES } from '../../../shared/schemas/purchasing';
import { canTakeOrderAction, statusAfterDelivery } from './order-status-rules';

describe('purchase order status rules', () => {
  it('edits and sends only a draft', () => {
    expect(PURCHASE_ORDER_STATUSES.filter((s) => canTakeOrderAction('edit', s))).toEqual(['draft']);
    expect(PURCHASE_ORDER_STATUSES.filter((s) => canTakeOrderAction('send', s))).toEqual(['draft']);
  });

  it('receives goods only against a sent or partly received order', () => {
    expect(PURCHASE_ORDER_STATUSES.filter((s) => canTakeOrderAction('receive', s))).toEqual(['sent', 'partly-received']);
  });

  it('cancels anything not final', () => {
    expect(PURCHASE_ORDER_STATUSES.filter((s) => !canTakeOrderAction('cancel', s))).toEqual(['received', 'cancelled']);
  });

  it('keeps an order open until every line is in full; extra units do not reopen it', () => {
    expect(statusAfterDelivery([{ quantity: 100, receivedQuantity: 100 }, { quantity: 50, receivedQuantity: 20 }])).toBe('partly-received');
    expect(statusAfterDelivery([{ quantity: 100, receivedQuantity: 120 }, { quantity: 50, receivedQuantity: 50 }])).toBe('received');
  });
});
