import { describe, expect, it } from 'vitest';
import { planFefo, type FefoBatch } from './fefo';

const batch = (id: string, expiryDate: string, onHand: number, receivedAt = '2026-11-01T00:00:00.000Z'): FefoBatch => ({ id, batchNo: id.toUpperCase(), expiryDate, onHand, receivedAt, unitCostSen: 10 });
const TODAY = '2026-12-05';
const taken = (plan: ReturnType<typeof planFefo>) => plan.takes.map((t) => [t.batchId, t.quantity]);

describe('first expiry, first out', () => {
  const shelf = [batch('late', '2027-09-30', 50), batch('soon', '2027-01-31', 5), batch('middle', '2027-03-31', 20)];

  it('takes from the batch that expires soonest, and splits over the next when one is not enough', () => {
    expect(taken(planFefo(shelf, 3, TODAY))).toEqual([['soon', 3]]);
    expect(planFefo(shelf, 8, TODAY)).toMatchObject({ takes: [{ batchId: 'soon', quantity: 5, batchNo: 'SOON', expiryDate: '2027-01-31' }, { batchId: 'middle', quantity: 3 }], shortBy: 0 });
  });

  it('says how many units it is short when all usable stock cannot cover the quantity', () => {
    expect(planFefo(shelf, 80, TODAY)).toMatchObject({ shortBy: 5 });
    expect(taken(planFefo(shelf, 80, TODAY))).toEqual([['soon', 5], ['middle', 20], ['late', 50]]);
  });

  it('never takes an expired or empty batch; a batch is usable through its expiry day', () => {
    const withOld = [batch('expired', '2026-12-04', 100), batch('today', TODAY, 2), batch('empty', '2026-12-10', 0), batch('later', '2027-01-01', 10)];
    expect(planFefo(withOld, 5, TODAY)).toMatchObject({ takes: [{ batchId: 'today', quantity: 2 }, { batchId: 'later', quantity: 3 }], shortBy: 0 });
    expect(planFefo([batch('expired', '2026-12-04', 100)], 1, TODAY)).toEqual({ takes: [], shortBy: 1 });
  });

  it("puts the pharmacist's chosen batch first, then FEFO for the rest", () => {
    expect(taken(planFefo(shelf, 60, TODAY, 'late'))).toEqual([['late', 50], ['soon', 5], ['middle', 5]]);
  });

  it('between batches expiring the same day, takes the one received first', () => {
    const twins = [batch('b', '2027-01-31', 5, '2026-11-02T00:00:00.000Z'), batch('a', '2027-01-31', 5, '2026-11-03T00:00:00.000Z')];
    expect(taken(planFefo(twins, 6, TODAY))).toEqual([['b', 5], ['a', 1]]);
  });
});
