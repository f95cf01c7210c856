import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOICE_LINE_KINDS } from '../../../shared/schemas/billing';
import { divideLine, splitForPanel, type BillLine } from './panel-split';

const NO_RULES = { capPerVisitSen: null, excludedKinds: [], copayFixedSen: 0, copayPercentBp: 0 };

describe('splitting a bill between a panel and the patient', () => {
  it('gives Mr Tan’s company RM 50 and him the rest, the consultation covered first', () => {
    const bill: BillLine[] = [
      { kind: 'consultation', totalSen: 3500 },
      { kind: 'medicine', totalSen: 2850 },
    ];
    const split = splitForPanel(bill, { ...NO_RULES, capPerVisitSen: 5000 });
    expect(split.lines).toEqual([
      { coveredSen: 3500, patientSen: 0 },
      { coveredSen: 1500, patientSen: 1350 },
    ]);
    expect(split).toMatchObject({ coveredSen: 5000, patientSen: 1350, copaySen: 0 });
  });

  it('leaves excluded kinds to the patient and takes the co-payment, fixed plus percent, from the covered lines', () => {
    const bill: BillLine[] = [
      { kind: 'consultation', totalSen: 3000 },
      { kind: 'procedure', totalSen: 2000 },
      { kind: 'medicine', totalSen: 1000 },
    ];
    // RM 5 fixed + 10 % of RM 40 eligible = RM 9.
    const split = splitForPanel(bill, { ...NO_RULES, excludedKinds: ['procedure'], copayFixedSen: 500, copayPercentBp: 1000 });
    expect(split).toMatchObject({ coveredSen: 3100, patientSen: 2900, copaySen: 900 });
    expect(split.lines).toEqual([
      { coveredSen: 3000, patientSen: 0 },
      { coveredSen: 0, patientSen: 2000 },
      { coveredSen: 100, patientSen: 900 },
    ]);
  });

  it('always adds up to the sen: covered + patient is each line, the cap holds, excluded kinds are the patient’s, nothing is negative', () => {
    const line = fc.record({ kind: fc.constantFrom(...INVOICE_LINE_KINDS), totalSen: fc.integer({ min: 0, max: 2_000_000 }) });
    const rules = fc.record({
      capPerVisitSen: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      excludedKinds: fc.subarray([...INVOICE_LINE_KINDS]),
      copayFixedSen: fc.integer({ min: 0, max: 100_000 }),
      copayPercentBp: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), rules, (bill, coverage) => {
        const split = splitForPanel(bill, coverage);
        const eligible = bill.filter((item) => !coverage.excludedKinds.includes(item.kind)).reduce((sum, item) => sum + item.totalSen, 0);
        const expectedCopay = Math.min(eligible, coverage.copayFixedSen + Math.round((eligible * coverage.copayPercentBp) / 10_000));
        expect(split.lines).toHaveLength(bill.length);
        split.lines.forEach((part, index) => {
          expect(Number.isInteger(part.coveredSen) && Number.isInteger(part.patientSen)).toBe(true);
          expect(part.coveredSen).toBeGreaterThanOrEqual(0);
          expect(part.patientSen).toBeGreaterThanOrEqual(0);
          expect(part.coveredSen + part.patientSen).toBe(bill[index].totalSen);
          if (coverage.excludedKinds.includes(bill[index].kind)) expect(part.coveredSen).toBe(0);
        });
        const covered = split.lines.reduce((sum, part) => sum + part.coveredSen, 0);
        expect(covered).toBe(split.coveredSen);
        expect(split.coveredSen + split.patientSen).toBe(bill.reduce((sum, item) => sum + item.totalSen, 0));
        if (coverage.capPerVisitSen !== null) expect(covered).toBeLessThanOrEqual(coverage.capPerVisitSen);
        // The co-payment is paid: the panel covers no more than the eligible total less it, and exactly that when under the cap.
        expect(split.copaySen).toBe(expectedCopay);
        expect(covered).toBe(Math.min(eligible - expectedCopay, coverage.capPerVisitSen ?? Infinity));
        // At most one line is split between the two invoices.
        expect(split.lines.filter((part) => part.coveredSen > 0 && part.patientSen > 0).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1_000 },
    );
  });

  it('divides a split line’s amount, discount and tax so each share adds up and no part goes below zero or above the whole', () => {
    const parts = fc
      .record({ amountSen: fc.integer({ min: 0, max: 1_000_000 }), discountShare: fc.double({ min: 0, max: 1, noNaN: true }), taxBp: fc.constantFrom(0, 600, 800), taxed: fc.boolean() })
      .map(({ amountSen, discountShare, taxBp, taxed }) => {
        const discountSen = Math.floor(amountSen * discountShare);
        return { amountSen, discountSen, taxSen: taxed ? Math.round(((amountSen - discountSen) * taxBp) / 10_000) : 0 };
      });
    fc.assert(
      fc.property(parts, fc.double({ min: 0, max: 1, noNaN: true }), (line, share) => {
        const total = line.amountSen - line.discountSen + line.taxSen;
        const coveredSen = Math.floor(total * share);
        const { covered, patient } = divideLine(line, coveredSen);
        expect(covered.amountSen - covered.discountSen + covered.taxSen).toBe(coveredSen);
        expect(patient.amountSen - patient.discountSen + patient.taxSen).toBe(total - coveredSen);
        for (const side of [covered, patient]) {
          expect(side.amountSen).toBeGreaterThanOrEqual(0);
          expect(side.discountSen).toBeGreaterThanOrEqual(0);
          expect(side.discountSen).toBeLessThanOrEqual(side.amountSen);
          expect(side.taxSen).toBeGreaterThanOrEqual(0);
        }
        expect(covered.amountSen + patient.amountSen).toBe(line.amountSen);
        expect(covered.discountSen + patient.discountSen).toBe(line.discountSen);
        expect(covered.taxSen + patient.taxSen).toBe(line.taxSen);
      }),
      { numRuns: 2_000 },
    );
  });
});
