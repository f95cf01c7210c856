import { describe, expect, it } from 'vitest';
import { reorderAdvice, weeklyUse, type ReorderFacts } from './reorder-rule';

const PARACETAMOL: ReorderFacts = { usable: 500, onOrder: 0, reorderLevel: 100, reorderQuantity: null, usedInWindow: 160, leadTimeDays: 5, packSize: 100 };

describe('the reorder rule', () => {
  it('leaves an item alone with enough in stock for the lead time and above its level', () => {
    expect(reorderAdvice(PARACETAMOL)).toBeNull();
  });

  it('orders an item at its level, its reorder quantity when it has one', () => {
    expect(reorderAdvice({ ...PARACETAMOL, usable: 100, reorderQuantity: 1000 })).toEqual({ reasons: ['below-level'], suggestedQuantity: 1000 });
  });

  it('orders an item above its level that runs out before a delivery arrives: 40 a week, 25 left, 5 days lead time', () => {
    // 160 in 28 days = 5.71 a day; 5 days need 28.6 > 25. Lead time + 14 days = 19 days × 5.71 = 108.6 → 109 → 2 packs of 100.
    expect(reorderAdvice({ ...PARACETAMOL, usable: 25, reorderLevel: 10 })).toEqual({ reasons: ['runs-out-in-lead-time'], suggestedQuantity: 200 });
  });

  it('counts what is already on order', () => {
    expect(reorderAdvice({ ...PARACETAMOL, usable: 25, onOrder: 200, reorderLevel: 10 })).toBeNull();
    expect(reorderAdvice({ ...PARACETAMOL, usable: 50, onOrder: 50 })?.reasons).toEqual(['below-level']);
  });

  it('gives both reasons, and units without a pack size are not rounded', () => {
    expect(reorderAdvice({ ...PARACETAMOL, usable: 20, packSize: null })).toEqual({ reasons: ['below-level', 'runs-out-in-lead-time'], suggestedQuantity: 109 });
  });

  it('brings an unused item below its level back above it, in whole packs', () => {
    expect(reorderAdvice({ ...PARACETAMOL, usable: 30, usedInWindow: 0, packSize: 30 })).toEqual({ reasons: ['below-level'], suggestedQuantity: 90 });
    expect(reorderAdvice({ ...PARACETAMOL, usable: 0, usedInWindow: 0, reorderLevel: null })).toBeNull();
  });

  it('words the weekly use as a whole number', () => {
    expect(weeklyUse(160)).toBe(40);
    expect(weeklyUse(0)).toBe(0);
  });
});
