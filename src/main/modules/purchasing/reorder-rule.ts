import type { ReorderReason } from '../../../shared/schemas/purchasing';

/** The days of usage the reorder list averages over: four weeks smooth out a slow week. */
export const USAGE_WINDOW_DAYS = 28;
/** An order covers the supplier's lead time and two weeks more, so the next one is not due the day this arrives. */
const SAFETY_DAYS = 14;

export interface ReorderFacts {
  usable: number;
  onOrder: number;
  reorderLevel: number | null;
  reorderQuantity: number | null;
  /** Units issued over the last USAGE_WINDOW_DAYS days. */
  usedInWindow: number;
  leadTimeDays: number;
  packSize: number | null;
}

export interface ReorderAdvice {
  reasons: ReorderReason[];
  suggestedQuantity: number;
}

/**
 * Whether an item needs ordering, and how much. It does when what is in stock and on order is at
 * or below its reorder level, or would run out before a delivery ordered today could arrive at the
 * recent rate of use. The quantity is the item's reorder quantity when it has one, else the use
 * over the lead time and two weeks, rounded up to whole packs. Null: nothing to order.
 */
export function reorderAdvice(facts: ReorderFacts): ReorderAdvice | null {
  const available = facts.usable + facts.onOrder;
  const dailyUse = facts.usedInWindow / USAGE_WINDOW_DAYS;
  const reasons: ReorderReason[] = [];
  if (facts.reorderLevel !== null && available <= facts.reorderLevel) reasons.push('below-level');
  if (dailyUse > 0 && available < dailyUse * facts.leadTimeDays) reasons.push('runs-out-in-lead-time');
  if (reasons.length === 0) return null;
  return { reasons, suggestedQuantity: roundUpToPack(suggested(facts, dailyUse, available), facts.packSize) };
}

function suggested(facts: ReorderFacts, dailyUse: number, available: number): number {
  if (facts.reorderQuantity !== null && facts.reorderQuantity > 0) return facts.reorderQuantity;
  const cover = Math.ceil(dailyUse * (facts.leadTimeDays + SAFETY_DAYS));
  if (cover > 0) return cover;
  // Nothing used lately but below its level: bring it back above the level.
  return Math.max(1, (facts.reorderLevel ?? 0) - available + 1);
}

function roundUpToPack(quantity: number, packSize: number | null): number {
  if (!packSize || packSize <= 1) return quantity;
  return Math.ceil(quantity / packSize) * packSize;
}

/** The weekly average the screen shows ("average use 40 a week"). */
export function weeklyUse(usedInWindow: number): number {
  return Math.round((usedInWindow / USAGE_WINDOW_DAYS) * 7);
}
