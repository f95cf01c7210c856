import type { BatchTake } from '../../../shared/schemas/stock';

/** What FEFO needs to know of a batch. */
export interface FefoBatch {
  id: string;
  batchNo: string;
  expiryDate: string;
  receivedAt: string;
  unitCostSen: number;
  onHand: number;
}

export interface FefoPlan {
  takes: BatchTake[];
  /** Units the usable stock could not cover; 0 when the plan covers the quantity. */
  shortBy: number;
}

/** A batch is usable through its expiry day; from the day after, it is expired. */
export function isExpired(expiryDate: string, today: string): boolean {
  return expiryDate < today;
}

/**
 * First expiry, first out: takes `quantity` from the batches that expire soonest, splitting over
 * as many as it needs. Expired and empty batches are never taken. The pharmacist's chosen batch
 * (if usable) goes first; the rest follow in expiry order, then by which came in first, then id
 * so the plan is the same on every PC.
 */
export function planFefo(batches: readonly FefoBatch[], quantity: number, today: string, chosenBatchId?: string): FefoPlan {
  const usable = batches
    .filter((b) => b.onHand > 0 && !isExpired(b.expiryDate, today))
    .sort(
      (a, b) =>
        Number(b.id === chosenBatchId) - Number(a.id === chosenBatchId) ||
        a.expiryDate.localeCompare(b.expiryDate) ||
        a.receivedAt.localeCompare(b.receivedAt) ||
        a.id.localeCompare(b.id),
    );
  const takes: BatchTake[] = [];
  let left = quantity;
  for (const batch of usable) {
    if (left <= 0) break;
    const take = Math.min(left, batch.onHand);
    takes.push({ batchId: batch.id, batchNo: batch.batchNo, expiryDate: batch.expiryDate, quantity: take, unitCostSen: batch.unitCostSen });
    left -= take;
  }
  return { takes, shortBy: Math.max(0, left) };
}
