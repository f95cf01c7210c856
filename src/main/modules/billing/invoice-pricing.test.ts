import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceInvoice, type Charge } from './invoice-pricing';

const consultation: Charge = { quantity: 1, unitPriceSen: 3500, taxable: true };
const paracetamol: Charge = { quantity: 20, unitPriceSen: 15, taxable: false };

describe('pricing an invoice', () => {
  it('charges service tax on taxable lines only, after their share of the discount', () => {
    const priced = priceInvoice([consultation, paracetamol], { discountSen: 500, taxRateBp: 600, currency: 'MYR' });
    // RM 38.00 of charges; the RM 5.00 discount splits 35:3 → 461 + 39.
    expect(priced.lines.map((line) => [line.amountSen, line.discountSen, line.taxSen])).toEqual([
      [3500, 461, 182],
      [300, 39, 0],
    ]);
    expect(priced).toMatchObject({ subtotalSen: 3800, discountSen: 500, taxSen: 182, totalSen: 3482 });
  });

  it('charges no tax when none applies to the patient', () => {
    expect(priceInvoice([consultation], { discountSen: 0, taxRateBp: null, currency: 'MYR' })).toMatchObject({ taxSen: 0, totalSen: 3500 });
  });

  it('refuses a discount larger than the charges', () => {
    expect(() => priceInvoice([paracetamol], { discountSen: 301, taxRateBp: null, currency: 'MYR' })).toThrow(RangeError);
  });

  it('always adds up: lines to the subtotal, discount shares to the discount, line taxes to the tax, and the total', () => {
    // Up to twelve lines of up to 60 × RM 1,000: far past a clinic's bill, within what splits exactly in doubles.
    const charge = fc.record({ quantity: fc.integer({ min: 1, max: 60 }), unitPriceSen: fc.integer({ min: 0, max: 100_000 }), taxable: fc.boolean() });
    fc.assert(
      fc.property(fc.array(charge, { minLength: 1, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }), (charges, share, rate) => {
        const subtotal = charges.reduce((sum, c) => sum + c.quantity * c.unitPriceSen, 0);
        const discountSen = Math.floor(subtotal * share);
        const priced = priceInvoice(charges, { discountSen, taxRateBp: rate, currency: 'MYR' });
        expect(priced.lines.reduce((sum, line) => sum + line.amountSen, 0)).toBe(priced.subtotalSen);
        expect(priced.lines.reduce((sum, line) => sum + line.discountSen, 0)).toBe(discountSen);
        expect(priced.lines.reduce((sum, line) => sum + line.taxSen, 0)).toBe(priced.taxSen);
        expect(priced.totalSen).toBe(priced.subtotalSen - discountSen + priced.taxSen);
        for (const line of priced.lines) {
          expect(line.discountSen).toBeLessThanOrEqual(line.amountSen);
          if (!line.taxable || rate === null) expect(line.taxSen).toBe(0);
        }
      }),
    );
  });
});
