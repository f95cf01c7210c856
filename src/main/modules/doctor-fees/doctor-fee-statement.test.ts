import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOICE_LINE_KINDS } from '../../../shared/schemas/billing';
import type { DoctorFeeRuleInput } from '../../../shared/schemas/doctor-fees';
import type { IssuedLine } from '../billing';
import { doctorFeeStatement } from './doctor-fee-statement';

const DOCTOR = '01938a5e-0000-7000-8000-000000000001';
const rule = (fixedPerVisitSen: number, consultation: number, medicine: number): DoctorFeeRuleInput => ({
  doctorId: DOCTOR,
  fixedPerVisitSen,
  shareBp: { consultation, procedure: 0, lab: 0, package: 0, medicine, other: 0 },
});
const line = (invoiceId: string, visitId: string | null, kind: IssuedLine['kind'], netSen: number): IssuedLine => ({ invoiceId, invoiceNo: `INV-${invoiceId}`, clinicDate: '2026-12-01', visitId, kind, netSen });

describe('a doctor’s fee statement', () => {
  it('pays the fixed sum per visit and each kind’s share of its amount after discount', () => {
    const statement = doctorFeeStatement(rule(500, 5000, 1000), [line('1', 'v1', 'consultation', 3500), line('1', 'v1', 'medicine', 1850), line('2', 'v2', 'consultation', 3500), line('3', null, 'medicine', 999)]);
    expect(statement.visits).toBe(2);
    expect(statement.fixedSen).toBe(1000);
    expect(statement.byKind).toEqual([
      { kind: 'consultation', netSen: 7000, shareBp: 5000, shareSen: 3500 },
      // 10 % of RM 28.49 is 284.9 sen: 285.
      { kind: 'medicine', netSen: 2849, shareBp: 1000, shareSen: 285 },
    ]);
    expect(statement.totalSen).toBe(1000 + 3500 + 285);
    expect(statement.invoices.map((row) => [row.invoiceNo, row.netSen, row.shareSen])).toEqual([
      ['INV-1', 5350, 1750 + 185],
      ['INV-2', 3500, 1750],
      ['INV-3', 999, 100],
    ]);
  });

  it('adds up: the total is the fixed part plus the shares, no share exceeds its amount, and the invoice rows are within a sen a kind of it', () => {
    const lines = fc.array(
      fc.record({ invoice: fc.integer({ min: 1, max: 8 }), kind: fc.constantFrom(...INVOICE_LINE_KINDS), netSen: fc.integer({ min: 0, max: 500_000 }) }),
      { maxLength: 40 },
    );
    const shares = fc.record(Object.fromEntries(INVOICE_LINE_KINDS.map((kind) => [kind, fc.integer({ min: 0, max: 10_000 })])) as Record<(typeof INVOICE_LINE_KINDS)[number], fc.Arbitrary<number>>);
    fc.assert(
      fc.property(lines, shares, fc.integer({ min: 0, max: 100_000 }), (drawn, shareBp, fixedPerVisitSen) => {
        const issued = drawn.map((item) => line(String(item.invoice), `v${item.invoice}`, item.kind, item.netSen));
        const statement = doctorFeeStatement({ doctorId: DOCTOR, fixedPerVisitSen, shareBp }, issued);
        expect(statement.totalSen).toBe(statement.fixedSen + statement.byKind.reduce((sum, row) => sum + row.shareSen, 0));
        expect(statement.fixedSen).toBe(new Set(issued.map((item) => item.visitId)).size * fixedPerVisitSen);
        for (const row of statement.byKind) expect(row.shareSen).toBeLessThanOrEqual(row.netSen);
        const rowShares = statement.invoices.reduce((sum, row) => sum + row.shareSen, 0);
        expect(Math.abs(rowShares - (statement.totalSen - statement.fixedSen))).toBeLessThanOrEqual(issued.length);
        expect(statement.invoices.reduce((sum, row) => sum + row.netSen, 0)).toBe(issued.reduce((sum, item) => sum + item.netSen, 0));
      }),
      { numRuns: 2_000 },
    );
  });
});
