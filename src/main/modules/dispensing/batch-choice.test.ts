import { describe, expect, it } from 'vitest';
import { chosenTakes } from './batch-choice';

const fefo = [
  { batchId: 'early', quantity: 5 },
  { batchId: 'late', quantity: 3 },
];

describe('the batches a line is taken from', () => {
  it('leaves FEFO to decide when the dispenser chose nothing, or chose what FEFO would (in any order)', () => {
    expect(chosenTakes(fefo, null, null, 'amoxicillin')).toBeNull();
    expect(chosenTakes(fefo, [fefo[1], fefo[0]], null, 'amoxicillin')).toBeNull();
  });

  it('takes another batch only with a reason', () => {
    const other = [{ batchId: 'late', quantity: 8 }];
    expect(() => chosenTakes(fefo, other, null, 'amoxicillin')).toThrow('BATCH_REASON_REQUIRED');
    expect(chosenTakes(fefo, other, 'Early batch box damaged', 'amoxicillin')).toEqual(other);
  });
});
