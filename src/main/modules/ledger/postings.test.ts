import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOICE_LINE_KINDS, MONEY_METHODS, type PaymentMethod } from '../../../shared/schemas/billing';
import type { LedgerAccount } from '../../../shared/schemas/ledger';
import { priceInvoice } from '../billing/invoice-pricing';
import { settle, type Tender } from '../billing/settlement';
import { money as moneyOf, roundForCash } from '../../../shared/money';
import { ACCOUNTS, creditNoteIssued, depositRefunded, depositTaken, goodsReceived, invoiceIssued, isBalanced, medicinesDispensed, receiptTaken, refundPaid, returnedToSupplier, reversalOf, type Posting } from './postings';
import { trialBalanceOf } from './trial-balance';

const CHART: LedgerAccount[] = Object.values(ACCOUNTS).map((code) => ({ code, name: code, type: 'asset', active: true }));

/** The trial balance of some postings, as the store would sum their lines. */
function trialBalance(postings: readonly Posting[]) {
  const totals = new Map<string, { accountCode: string; debitSen: number; creditSen: number }>();
  for (const line of postings.flatMap((posting) => posting.lines)) {
    const total = totals.get(line.accountCode) ?? { accountCode: line.accountCode, debitSen: 0, creditSen: 0 };
    totals.set(line.accountCode, { ...total, debitSen: total.debitSen + line.debitSen, creditSen: total.creditSen + line.creditSen });
  }
  const { rows, totals: sums } = trialBalanceOf(CHART, [...totals.values()]);
  return { sums, balance: (code: string) => rows.find((row) => row.code === code)?.balanceSen ?? 0, sumOfBalances: rows.reduce((sum, row) => sum + row.balanceSen, 0) };
}

const line = (accountCode: string, debitSen: number, creditSen: number) => ({ accountCode, debitSen, creditSen });

describe('posting rules', () => {
  it('posts an invoice at gross: receivable, discount, services and medicines apart, tax owed', () => {
    const posting = invoiceIssued({ id: 'i1', number: 'INV-2026-000001', discountSen: 500, taxSen: 180, totalSen: 5180, lines: [{ kind: 'consultation', amountSen: 3000 }, { kind: 'procedure', amountSen: 1000 }, { kind: 'medicine', amountSen: 1500 }] });
    expect(posting).toEqual({
      sourceKind: 'invoice',
      sourceId: 'i1',
      memo: 'INV-2026-000001',
      lines: [line('1100', 5180, 0), line('4200', 500, 0), line('4000', 0, 4000), line('4100', 0, 1500), line('2100', 0, 180)],
    });
    expect(isBalanced(posting.lines)).toBe(true);
  });

  it('posts a receipt by method, with the till’s rounding on its own account either way', () => {
    // RM 34.82 owed: RM 10 by card, RM 24.80 in cash (−2 sen rounding).
    const down = receiptTaken({ receiptNo: 'RCP-1', invoiceNumber: 'INV-1', payments: [{ method: 'card', amountSen: 1000, roundingSen: 0 }, { method: 'cash', amountSen: 2480, roundingSen: -2 }] });
    expect(down.lines).toEqual([line('1010', 1000, 0), line('1000', 2480, 0), line('1100', 0, 3482), line('4900', 2, 0)]);
    const up = receiptTaken({ receiptNo: 'RCP-2', invoiceNumber: 'INV-2', payments: [{ method: 'cash', amountSen: 3485, roundingSen: 2 }, { method: 'bank-transfer', amountSen: 100, roundingSen: 0 }, { method: 'grabpay', amountSen: 50, roundingSen: 0 }] });
    expect(up.lines).toEqual([line('1000', 3485, 0), line('1020', 100, 0), line('1010', 50, 0), line('1100', 0, 3633), line('4900', 0, 2)]);
    expect([down, up].every((posting) => isBalanced(posting.lines))).toBe(true);
  });

  it('moves cost out of inventory when medicines go out or back to the supplier, and into it (owed to the supplier) when they arrive', () => {
    expect(medicinesDispensed({ id: 'd1', costSen: 150 }).lines).toEqual([line('5000', 150, 0), line('1200', 0, 150)]);
    expect(goodsReceived({ id: 'g1', number: 'GRN-000001', lines: [{ quantity: 600, unitCostSen: 4 }, { quantity: 50, unitCostSen: 0 }] }).lines).toEqual([line('1200', 2400, 0), line('2000', 0, 2400)]);
    expect(returnedToSupplier({ id: 'r1', number: 'RTN-000001', quantity: 30, unitCostSen: 4 }).lines).toEqual([line('2000', 120, 0), line('1200', 0, 120)]);
    // Nothing moved, nothing to post: no lines, which post would refuse.
    expect(medicinesDispensed({ id: 'd2', costSen: 0 }).lines).toEqual([]);
  });

  it('takes a credit note off sales and tax owed, and a refund out of the till with its rounding', () => {
    const note = creditNoteIssued({ id: 'c1', number: 'CN-2026-000001', taxSen: 30, totalSen: 1530, lines: [{ kind: 'procedure', amountSen: 500 }, { kind: 'medicine', amountSen: 1000 }] });
    expect(note.lines).toEqual([line('4000', 500, 0), line('4100', 1000, 0), line('2100', 30, 0), line('1100', 0, 1530)]);
    // RM 15.28 due back as RM 15.30 in cash: 2 sen more left the till than was owed.
    expect(refundPaid({ id: 'r1', creditNoteNumber: 'CN-1', method: 'cash', amountSen: 1530, roundingSen: 2 }).lines).toEqual([line('1100', 1528, 0), line('4900', 2, 0), line('1000', 0, 1530)]);
    expect(refundPaid({ id: 'r2', creditNoteNumber: 'CN-2', method: 'touch-n-go', amountSen: 1000, roundingSen: 0 }).lines).toEqual([line('1100', 1000, 0), line('1010', 0, 1000)]);
  });

  it('calls balanced only whole sen, one side a line, at least two lines, sides equal', () => {
    expect(isBalanced([])).toBe(false);
    expect(isBalanced([line('1000', 100, 0)])).toBe(false);
    expect(isBalanced([line('1000', 100, 0), line('4000', 0, 99)])).toBe(false);
    expect(isBalanced([line('1000', 100, 100), line('4000', 0, 0)])).toBe(false);
    expect(isBalanced([line('1000', 100.5, 0), line('4000', 0, 100.5)])).toBe(false);
    expect(isBalanced([line('1000', -5, 0), line('4000', 0, -5)])).toBe(false);
    expect(isBalanced([line('1000', 100, 0), line('4000', 0, 100)])).toBe(true);
  });
});

const tenderMethod = fc.constantFrom<PaymentMethod>(...MONEY_METHODS.filter((method) => method !== 'cash'));

/** A visit's bill as billing prices it, and how the patient pays it off over one or more receipts (the last one in cash, or not). */
const billAndPayments = fc
  .record({
    charges: fc.array(fc.record({ kind: fc.constantFrom(...INVOICE_LINE_KINDS), quantity: fc.integer({ min: 1, max: 30 }), unitPriceSen: fc.integer({ min: 0, max: 50_000 }), taxable: fc.boolean() }), { minLength: 1, maxLength: 8 }),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    taxRateBp: fc.constantFrom(null, 600, 800),
    parts: fc.array(fc.record({ method: tenderMethod, share: fc.double({ min: 0, max: 0.6, noNaN: true }) }), { maxLength: 3 }),
    lastInCash: fc.boolean(),
    extraCashSen: fc.integer({ min: 0, max: 5_000 }),
    voidFirstReceipt: fc.boolean(),
    credited: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    refundInCash: fc.boolean(),
    /** A deposit left before the visit, the share of the bill paid from it, and what is left given back (in cash or not). */
    depositSen: fc.integer({ min: 0, max: 20_000 }),
    fromDepositShare: fc.double({ min: 0, max: 1, noNaN: true }),
    depositBackInCash: fc.boolean(),
  })
  .map((plan) => {
    const subtotal = plan.charges.reduce((sum, charge) => sum + charge.quantity * charge.unitPriceSen, 0);
    const priced = priceInvoice(plan.charges, { discountSen: Math.floor(subtotal * plan.discountShare), taxRateBp: plan.taxRateBp, currency: 'MYR' });
    return { plan, priced };
  });

describe('the books always balance', () => {
  it('every posting balances, the trial balance sums to zero, and a bill paid in full leaves nothing receivable', () => {
    fc.assert(
      fc.property(billAndPayments, ({ plan, priced }) => {
        const invoice = invoiceIssued({ id: 'inv', number: 'INV-1', discountSen: priced.discountSen, taxSen: priced.taxSen, totalSen: priced.totalSen, lines: priced.lines });
        const postings: Posting[] = [invoice];
        let owed = priced.totalSen;
        let cashRounding = 0;
        const pay = (tenders: Tender[]) => {
          const settled = settle(owed, tenders);
          owed = settled.balanceAfterSen;
          cashRounding += settled.roundingSen;
          const receipt = receiptTaken({ receiptNo: `RCP-${postings.length}`, invoiceNumber: 'INV-1', payments: settled.payments });
          postings.push(receipt);
          return receipt;
        };
        const receipts: Posting[] = [];
        let depositLeft = plan.depositSen;
        if (plan.depositSen > 0) {
          postings.push(depositTaken({ receiptNo: 'RCP-D', method: 'cash', amountSen: plan.depositSen }));
          const fromDeposit = Math.min(depositLeft, Math.floor(owed * plan.fromDepositShare));
          if (fromDeposit > 0) receipts.push(pay([{ method: 'deposit', amountSen: fromDeposit, reference: '' }]));
          depositLeft -= fromDeposit;
        }
        for (const part of plan.parts) {
          const amountSen = Math.floor(owed * part.share);
          if (amountSen > 0) receipts.push(pay([{ method: part.method, amountSen, reference: '' }]));
        }
        // The rest: cash when it is more than the till rounds away, else by card.
        if (owed > 2 && plan.lastInCash) receipts.push(pay([{ method: 'cash', amountSen: owed + plan.extraCashSen, reference: '' }]));
        else if (owed > 0) receipts.push(pay([{ method: 'card', amountSen: owed, reference: '' }]));

        // What is left of the deposit goes back: cash rounded to 5 sen, as the till gives it.
        let depositRounding = 0;
        if (depositLeft > 0) {
          const inCash = plan.depositBackInCash && depositLeft > 2;
          const given = inCash ? roundForCash(moneyOf(depositLeft, 'MYR')).collect.minor : depositLeft;
          depositRounding = given - depositLeft;
          postings.push(depositRefunded({ id: 'dr', method: inCash ? 'cash' : 'card', amountSen: given, roundingSen: depositRounding }));
        }
        for (const posting of postings) expect(posting.lines.length === 0 || isBalanced(posting.lines)).toBe(true);
        // A free bill posts nothing; any other invoice posts.
        expect(invoice.lines.length > 0).toBe(priced.subtotalSen > 0);
        const paid = trialBalance(postings);
        expect(paid.sums.debitSen).toBe(paid.sums.creditSen);
        expect(paid.sumOfBalances).toBe(0);
        expect(owed).toBe(0);
        expect(paid.balance(ACCOUNTS.patientReceivables)).toBe(0);
        expect(paid.balance(ACCOUNTS.taxPayable)).toBe(0 - priced.taxSen);
        expect(paid.balance(ACCOUNTS.cashRounding)).toBe(depositRounding - cashRounding);
        expect(paid.balance(ACCOUNTS.customerDeposits)).toBe(0);
        expect(paid.balance(ACCOUNTS.fees) + paid.balance(ACCOUNTS.medicineSales)).toBe(0 - priced.subtotalSen);
        const money = [ACCOUNTS.cash, ACCOUNTS.cardClearing, ACCOUNTS.bank].reduce((sum, code) => sum + paid.balance(code), 0);
        expect(money).toBe(priced.totalSen + cashRounding - depositRounding);

        // Lines credited after payment in full, and what was paid for them given back: nothing receivable either way.
        const creditedLines = priced.lines.filter((_, index) => plan.credited[index]);
        const credit = { amountSen: creditedLines.reduce((sum, l) => sum + l.amountSen - l.discountSen, 0), taxSen: creditedLines.reduce((sum, l) => sum + l.taxSen, 0) };
        const dueBack = credit.amountSen + credit.taxSen;
        if (dueBack > 0) {
          const note = creditNoteIssued({ id: 'cn', number: 'CN-1', taxSen: credit.taxSen, totalSen: dueBack, lines: creditedLines.map((l) => ({ kind: l.kind, amountSen: l.amountSen - l.discountSen })) });
          const inCash = plan.refundInCash && dueBack > 2;
          const given = inCash ? roundForCash(moneyOf(dueBack, 'MYR')).collect.minor : dueBack;
          const refund = refundPaid({ id: 'rf', creditNoteNumber: 'CN-1', method: inCash ? 'cash' : 'card', amountSen: given, roundingSen: given - dueBack });
          expect(isBalanced(note.lines) && isBalanced(refund.lines)).toBe(true);
          const refunded = trialBalance([...postings, note, refund]);
          expect(refunded.sumOfBalances).toBe(0);
          expect(refunded.balance(ACCOUNTS.patientReceivables)).toBe(0);
          expect(refunded.balance(ACCOUNTS.taxPayable)).toBe(0 - (priced.taxSen - credit.taxSen));
          const kept = [ACCOUNTS.cash, ACCOUNTS.cardClearing, ACCOUNTS.bank].reduce((sum, code) => sum + refunded.balance(code), 0);
          expect(kept).toBe(priced.totalSen + cashRounding - depositRounding - given);
        }

        // A receipt voided: its reversal balances, and what it settled is owed again.
        const [first] = receipts;
        if (plan.voidFirstReceipt && first) {
          const reversal = { ...first, lines: reversalOf(first.lines) };
          expect(isBalanced(reversal.lines)).toBe(true);
          const voided = trialBalance([...postings, reversal]);
          expect(voided.sumOfBalances).toBe(0);
          expect(voided.balance(ACCOUNTS.patientReceivables)).toBe(first.lines.find((l) => l.accountCode === ACCOUNTS.patientReceivables)?.creditSen ?? 0);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('an invoice and its reversal cancel out on every account', () => {
    fc.assert(
      fc.property(billAndPayments, ({ priced }) => {
        const invoice = invoiceIssued({ id: 'inv', number: 'INV-1', discountSen: priced.discountSen, taxSen: priced.taxSen, totalSen: priced.totalSen, lines: priced.lines });
        const both = trialBalance([invoice, { ...invoice, lines: reversalOf(invoice.lines) }]);
        for (const code of Object.values(ACCOUNTS)) expect(both.balance(code)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
