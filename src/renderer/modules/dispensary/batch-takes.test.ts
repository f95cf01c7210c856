import { describe, expect, it } from 'vitest';
import { takesFrom } from './batch-takes';

const batches = [
  { batchId: 'late', batchNo: 'L2', expiryDate: '2027-09-30', onHand: 50 },
  { batchId: 'early', batchNo: 'E1', expiryDate: '2027-01-31', onHand: 6 },
];

describe('the batches a quantity is shown to come from', () => {
  it('takes the earliest expiry first and splits when one batch is not enough', () => {
    expect(takesFrom(batches, 10).map((take) => [take.batchNo, take.quantity])).toEqual([
      ['E1', 6],
      ['L2', 4],
    ]);
  });

  it('takes the chosen batch first, and no more than the batches hold', () => {
    expect(takesFrom(batches, 10, 'late').map((take) => [take.batchNo, take.quantity])).toEqual([['L2', 10]]);
    expect(takesFrom(batches, 80).reduce((sum, take) => sum + take.quantity, 0)).toBe(56);
  });
});
