import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { settle, type Tender } from './settlement';

const cash = (amountSen: number): Tender => ({ method: 'cash', amountSen, reference: '' });
const card = (amountSen: number): Tender => ({ method: 'card', amountSen, reference: 'APPR 0042' });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
  }
  return 'no refusal';
}

describe('settling a balance', () => {
  it('rounds a cash payment to 5 sen and gives change', () => {
    // RM 34.82 owed, RM 50 handed over: RM 34.80 collected (−2 sen rounding), RM 15.20 change.
    expect(settle(3482, [cash(5000)])).toEqual({
      payments: [{ method: 'cash', amountSen: 3480, tenderedSen: 5000, changeSen: 1520, roundingSen: -2, reference: '' }],
      paidSen: 3480,
      roundingSen: -2,
      balanceAfterSen: 0,
    });
    expect(settle(3483, [cash(3485)])).toMatchObject({ paidSen: 3485, roundingSen: 2, balanceAfterSen: 0 });
  });

  it('charges cards exactly, with cash for the rest', () => {
    expect(settle(3482, [card(2000), cash(2000)])).toMatchObject({ paidSen: 3480, roundingSen: -2, balanceAfterSen: 0 });
    expect(settle(3482, [card(3482)])).toMatchObject({ paidSen: 3482, roundingSen: 0, balanceAfterSen: 0 });
  });

  it('settles with what was handed when it lies between what is owed and the amount rounded up', () => {
    // 18 sen owed rounds up to 20; 19 handed settles it, 1 sen over.
    expect(settle(18, [cash(19)])).toMatchObject({ paidSen: 19, roundingSen: 1, balanceAfterSen: 0, payments: [{ changeSen: 0 }] });
  });

  it('leaves what cash does not cover owed, unrounded', () => {
    expect(settle(3482, [cash(2000)])).toMatchObject({ payments: [{ amountSen: 2000, changeSen: 0, roundingSen: 0 }], balanceAfterSen: 1482 });
  });

  it('refuses a card charge above what is owed, and cash for a balance that rounds to nothing', () => {
    expect(refusal(() => settle(3482, [card(3500)]))).toBe('PAYMENT_MORE_THAN_DUE');
    expect(refusal(() => settle(3482, [card(3480), cash(100)]))).toBe('PAYMENT_MORE_THAN_DUE');
    expect(refusal(() => settle(3482, [cash(5000), cash(100)]))).toBe('VALIDATION_FAILED');
  });

  it('always balances: what was owed = what was paid − rounding + what is still owed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), (balance, cardPart, handed) => {
        const tenders = [...(cardPart > 0 && cardPart <= balance - 3 ? [card(cardPart)] : []), cash(handed)];
        const settled = settle(balance, tenders);
        expect(settled.paidSen - settled.roundingSen + settled.balanceAfterSen).toBe(balance);
        expect(settled.balanceAfterSen).toBeGreaterThanOrEqual(0);
        expect(Math.abs(settled.roundingSen)).toBeLessThanOrEqual(2);
        for (const payment of settled.payments) expect(payment.tenderedSen - payment.amountSen).toBe(payment.changeSen);
      }),
      // The awkward cases (a few sen between owed and rounded) are rare among a million amounts: look hard.
      { numRuns: 20_000 },
    );
  });
});
