import { describe, expect, it } from 'vitest';
import { varianceOf, varianceTotals } from './variance';

describe('stock-take variance', () => {
  it('is counted minus expected, at the batch’s unit cost', () => {
    expect(varianceOf({ expected: 100, movedSinceFreeze: 0, counted: 97, unitCostSen: 12 })).toEqual({ units: -3, valueSen: -36 });
    expect(varianceOf({ expected: 10, movedSinceFreeze: 0, counted: 12, unitCostSen: 250 })).toEqual({ units: 2, valueSen: 500 });
    expect(varianceOf({ expected: 5, movedSinceFreeze: 0, counted: 5, unitCostSen: 99 })).toEqual({ units: 0, valueSen: 0 });
  });

  it('takes away what was dispensed after the freeze, and adds what was received', () => {
    // 100 frozen, 20 dispensed since: a shelf holding 80 has no difference.
    expect(varianceOf({ expected: 100, movedSinceFreeze: -20, counted: 80, unitCostSen: 10 }).units).toBe(0);
    expect(varianceOf({ expected: 100, movedSinceFreeze: -20, counted: 78, unitCostSen: 10 })).toEqual({ units: -2, valueSen: -20 });
    expect(varianceOf({ expected: 0, movedSinceFreeze: 30, counted: 30, unitCostSen: 10 }).units).toBe(0);
  });

  it('totals overs and shorts apart, and the net at cost', () => {
    const totals = varianceTotals([
      { expected: 100, movedSinceFreeze: 0, counted: 97, unitCostSen: 12 },
      { expected: 10, movedSinceFreeze: 0, counted: 12, unitCostSen: 250 },
      { expected: 5, movedSinceFreeze: -1, counted: 4, unitCostSen: 99 },
    ]);
    expect(totals).toEqual({ overUnits: 2, overSen: 500, shortUnits: 3, shortSen: 36, netSen: 464 });
  });
});
