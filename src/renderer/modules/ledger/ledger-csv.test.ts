import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv';
import type { LedgerEntry, TrialBalance } from '../../../shared/schemas/ledger';
import { dayBookCsv, trialBalanceCsv } from './ledger-csv';

const BALANCE: TrialBalance = {
  from: '2026-12-01',
  to: '2026-12-07',
  rows: [
    { code: '1000', name: 'Cash on hand', type: 'asset', debitSen: 12_345, creditSen: 0, balanceSen: 12_345 },
    { code: '2100', name: 'Service tax payable', type: 'liability', debitSen: 0, creditSen: 345, balanceSen: -345 },
    { code: '4000', name: 'Consultation & service fees', type: 'income', debitSen: 0, creditSen: 12_000, balanceSen: -12_000 },
  ],
  totals: { debitSen: 12_345, creditSen: 12_345 },
};

describe('the accountant’s CSV', () => {
  it('lays the trial balance out with balances on their side, no negative cell, and totals that agree', () => {
    const csv = trialBalanceCsv(BALANCE, { code: 'Code', account: 'Account', typeHeading: 'Type', type: (type) => type, debit: 'Debit', credit: 'Credit', balanceDebit: 'Balance Dr', balanceCredit: 'Balance Cr', total: 'Total' });
    expect(csv.startsWith('\uFEFF"Code","Account"')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Code', 'Account', 'Type', 'Debit', 'Credit', 'Balance Dr', 'Balance Cr'],
      ['1000', 'Cash on hand', 'asset', '123.45', '', '123.45', ''],
      ['2100', 'Service tax payable', 'liability', '', '3.45', '', '3.45'],
      ['4000', 'Consultation & service fees', 'income', '', '120.00', '', '120.00'],
      ['', 'Total', '', '123.45', '123.45', '123.45', '123.45'],
    ]);
  });

  it('writes the day book a line a row, each with its entry’s date, kind and reference', () => {
    const entry: LedgerEntry = {
      id: 'e1',
      clinicDate: '2026-12-07',
      postedAt: '2026-12-07T02:00:00.000Z',
      sourceKind: 'receipt',
      sourceId: 'RCP-2026-000001',
      memo: 'RCP-2026-000001 INV-2026-000001',
      totalSen: 3485,
      reversesId: null,
      lines: [
        { accountCode: '1000', accountName: 'Cash on hand', debitSen: 3485, creditSen: 0 },
        { accountCode: '1100', accountName: 'Receivables – patients', debitSen: 0, creditSen: 3483 },
        { accountCode: '4900', accountName: '=Cash rounding', debitSen: 0, creditSen: 2 },
      ],
    };
    const words = { date: 'Date', postedAt: 'Posted', entry: 'Entry', kind: () => 'Payment taken', reference: 'Reference', code: 'Code', account: 'Account', debit: 'Debit', credit: 'Credit' };
    const rows = parseCsv(dayBookCsv([entry], words, () => '10:00').slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['2026-12-07', '10:00', 'Payment taken', 'RCP-2026-000001 INV-2026-000001', '1000', 'Cash on hand', '34.85', '']);
    // An account name typed to look like a formula stays text.
    expect(rows[3]).toEqual(['2026-12-07', '10:00', 'Payment taken', 'RCP-2026-000001 INV-2026-000001', '4900', "'=Cash rounding", '', '0.02']);
  });
});
