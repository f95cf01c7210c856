import { describe, expect, it } from 'vitest';
import type { StockTakeLine } from '../../../shared/schemas/stock-take';
import { lineForScan } from './line-for-scan';

const line = (id: string, medicineCode: string | null, batchNo: string, counted: number | null): StockTakeLine => ({
  id, batchId: id, medicineId: medicineCode ?? id, medicineCode, medicineLabel: 'x', batchNo, expiryDate: '2027-01-01', shelf: 'A1', unitCostSen: 10,
  expected: 5, movedSinceFreeze: 0, counted, countedAt: null, varianceUnits: null, varianceSen: null,
});

describe('the count sheet’s scan box', () => {
  const lines = [line('1', 'PCM500', 'B1', 5), line('2', 'PCM500', 'B2', null), line('3', 'AMX250', 'K9', null)];

  it('finds the medicine’s first batch not counted yet, whatever the case of the code', () => {
    expect(lineForScan(lines, ' pcm500 ')?.id).toBe('2');
    expect(lineForScan(lines, 'AMX250')?.id).toBe('3');
  });

  it('finds a batch by its number, and goes back to the first batch once all are counted', () => {
    expect(lineForScan(lines, 'k9')?.id).toBe('3');
    expect(lineForScan([line('1', 'PCM500', 'B1', 5)], 'PCM500')?.id).toBe('1');
  });

  it('finds nothing for a code not on the sheet, or an empty scan', () => {
    expect(lineForScan(lines, 'IBU400')).toBeNull();
    expect(lineForScan(lines, '  ')).toBeNull();
  });
});
