import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, allocate, formatMoney, fromDecimal, money, MoneyError, percentOf, roundForCash, subtract, sum, taxOn, times, toDecimal } from './money';

const MYR = 'MYR';
const sen = (minor: number) => money(minor, MYR);
/** Amounts a clinic meets: up to ±RM 10 million. */
const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const weights = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0));

describe('allocate', () => {
  it('the parts always add up to the total, to the sen', () => {
    fc.assert(
      fc.property(amount, weights, (total, w) => {
        expect(sum(allocate(sen(total), w), MYR).minor).toBe(total);
      }),
    );
  });

  it('each part is within one sen of its exact share, and a zero weight gets nothing', () => {
    fc.assert(
      fc.property(amount, weights, (total, w) => {
        const weightSum = w.reduce((a, b) => a + b, 0);
        allocate(sen(total), w).forEach((part, i) => {
          expect(Math.abs(part.minor - (total * w[i]) / weightSum)).toBeLessThan(1);
          if (w[i] === 0) expect(part.minor).toBe(0);
        });
      }),
    );
  });

  it('splits RM 10.00 three ways as 3.34 + 3.33 + 3.33, the extra sen to the first line', () => {
    expect(allocate(sen(1000), [1, 1, 1]).map((m) => m.minor)).toEqual([334, 333, 333]);
    expect(allocate(sen(-1000), [1, 1, 1]).map((m) => m.minor)).toEqual([-334, -333, -333]);
  });

  it('refuses weights that cannot split anything', () => {
    expect(() => allocate(sen(100), [])).toThrow(MoneyError);
    expect(() => allocate(sen(100), [0, 0])).toThrow(MoneyError);
    expect(() => allocate(sen(100), [1, -1])).toThrow(MoneyError);
    expect(() => allocate(sen(100), [1.5])).toThrow(MoneyError);
  });
});

describe('cash rounding to 5 sen', () => {
  it('follows the Bank Negara table: 1,2 down; 3,4 up; 6,7 down; 8,9 up', () => {
    const collected = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((last) => roundForCash(sen(1230 + last)).collect.minor);
    expect(collected).toEqual([1230, 1230, 1230, 1235, 1235, 1235, 1235, 1235, 1240, 1240]);
  });

  it('collects a multiple of 5 sen, at most 2 sen from the total, and the rounding line makes up the difference', () => {
    fc.assert(
      fc.property(amount, (total) => {
        const { collect, rounding } = roundForCash(sen(total));
        expect(Math.abs(collect.minor) % 5).toBe(0);
        expect(Math.abs(rounding.minor)).toBeLessThanOrEqual(2);
        expect(subtract(collect, rounding).minor).toBe(total);
      }),
    );
  });
});

describe('tax and percentages in basis points', () => {
  it('6 % service tax on RM 35.00 is RM 2.10; on RM 0.25 it is 2 sen (1.5 rounds half away from zero)', () => {
    expect(taxOn(sen(3500), 600).minor).toBe(210);
    expect(taxOn(sen(25), 600).minor).toBe(2);
    expect(taxOn(sen(-25), 600).minor).toBe(-2);
  });

  it('is never more than half a sen from the exact figure', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10_000 }), (minor, bp) => {
        expect(Math.abs(percentOf(sen(minor), bp).minor - (minor * bp) / 10_000)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('decimal text', () => {
  it('round-trips every amount', () => {
    fc.assert(
      fc.property(amount, (minor) => {
        expect(fromDecimal(toDecimal(sen(minor)), MYR).minor).toBe(minor);
      }),
    );
  });

  it('reads what people type and refuses what is not an amount', () => {
    expect(fromDecimal('12.3', MYR).minor).toBe(1230);
    expect(fromDecimal(' 7 ', MYR).minor).toBe(700);
    expect(fromDecimal('-0.05', MYR).minor).toBe(-5);
    expect(fromDecimal('500', 'JPY').minor).toBe(500);
    for (const bad of ['12.345', '1,000', 'RM5', '', '.5', '1e3']) expect(() => fromDecimal(bad, MYR)).toThrow(MoneyError);
    expect(() => fromDecimal('5.5', 'JPY')).toThrow(MoneyError);
  });
});

describe('arithmetic', () => {
  it('never mixes currencies and never leaves whole numbers', () => {
    expect(() => add(sen(1), money(1, 'SGD'))).toThrow(MoneyError);
    expect(() => money(1.5, MYR)).toThrow(MoneyError);
    expect(() => money(1, 'ringgit')).toThrow(MoneyError);
    expect(() => times(sen(100), 0.5)).toThrow(MoneyError);
    expect(times(sen(285), 3).minor).toBe(855);
  });

  it('formats for the screen in the clinic locale', () => {
    // Intl puts a no-break space between the symbol and the figure.
    expect(formatMoney(sen(421000), 'en-MY')).toBe('RM\u00a04,210.00');
    expect(formatMoney(money(1235, 'INR'), 'en-IN')).toBe('₹12.35');
  });
});
