import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditOf } from './credit-pricing';

describe('crediting an invoice line', () => {
  it('credits part of a line in proportion, and the rest exactly', () => {
    const line = { quantity: 3, amountSen: 1000, discountSen: 100, taxSen: 54, creditedQuantity: 0 };
    expect(creditOf(line, 1)).toEqual({ amountSen: 300, taxSen: 18 });
    expect(creditOf({ ...line, creditedQuantity: 1 }, 2)).toEqual({ amountSen: 600, taxSen: 36 });
    expect(creditOf({ ...line, creditedQuantity: 1 }, 3)).toBeNull();
    expect(creditOf(line, 0)).toBeNull();
  });

  it('never goes below zero, and credits taken in any steps add up to the line exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 60 }),
        (quantity, amountSen, discountPercent, taxBp, steps) => {
          const discountSen = Math.floor((amountSen * discountPercent) / 100);
          const taxSen = Math.floor(((amountSen - discountSen) * taxBp) / 10_000);
          let credited = 0;
          let amount = 0;
          let tax = 0;
          for (const step of steps) {
            const credit = creditOf({ quantity, amountSen, discountSen, taxSen, creditedQuantity: credited }, step);
            if (credited + step > quantity) {
              expect(credit).toBeNull();
              continue;
            }
            expect(credit?.amountSen).toBeGreaterThanOrEqual(0);
            expect(credit?.taxSen).toBeGreaterThanOrEqual(0);
            amount += credit?.amountSen ?? 0;
            tax += credit?.taxSen ?? 0;
            credited += step;
          }
          const rest = creditOf({ quantity, amountSen, discountSen, taxSen, creditedQuantity: credited }, quantity - credited);
          expect(amount + (rest?.amountSen ?? 0)).toBe(amountSen - discountSen);
          expect(tax + (rest?.taxSen ?? 0)).toBe(taxSen);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
