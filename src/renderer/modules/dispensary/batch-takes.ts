import type { BatchChoice, BatchShare } from '../../../shared/schemas/dispensing';

/**
 * What a quantity would take from these (usable) batches: the chosen one first, then earliest
 * expiry first, as the hub's FEFO does. Shown while the dispenser types; the hub decides.
 */
export function takesFrom(batches: readonly BatchChoice[], quantity: number, firstBatchId: string | null = null): BatchShare[] {
  const ordered = [...batches].sort((a, b) => Number(b.batchId === firstBatchId) - Number(a.batchId === firstBatchId) || a.expiryDate.localeCompare(b.expiryDate));
  const takes: BatchShare[] = [];
  let left = quantity;
  for (const batch of ordered) {
    if (left <= 0) break;
    const taken = Math.min(left, batch.onHand);
    if (taken > 0) takes.push({ batchId: batch.batchId, batchNo: batch.batchNo, expiryDate: batch.expiryDate, quantity: taken });
    left -= taken;
  }
  return takes;
}
