import { money, toDecimal } from '../../../shared/money';
import type { LedgerEntry, TrialBalance } from '../../../shared/schemas/ledger';
import { spreadsheetCsv } from '../../../shared/spreadsheet-csv';

/** Plain decimals ("12.35") a spreadsheet reads as numbers; an empty cell for nothing, as accountants lay a ledger out. */
function amount(sen: number): string {
  return sen === 0 ? '' : toDecimal(money(sen, 'MYR'));
}

export interface TrialBalanceHeadings {
  code: string;
  account: string;
  type: (type: TrialBalance['rows'][number]['type']) => string;
  typeHeading: string;
  debit: string;
  credit: string;
  balanceDebit: string;
  balanceCredit: string;
  total: string;
}

/**
 * The trial balance for the clinic's accountant: each account's debits and credits over the range
 * and its balance on the side it falls, then the totals. No cell is negative, so a spreadsheet
 * keeps every amount a number (a leading minus would be guarded as text, see spreadsheetCsv).
 */
export function trialBalanceCsv(balance: TrialBalance, words: TrialBalanceHeadings): string {
  const rows = balance.rows.map((row) => [row.code, row.name, words.type(row.type), amount(row.debitSen), amount(row.creditSen), amount(Math.max(row.balanceSen, 0)), amount(Math.max(-row.balanceSen, 0))]);
  const debitBalances = balance.rows.reduce((sum, row) => sum + Math.max(row.balanceSen, 0), 0);
  const creditBalances = balance.rows.reduce((sum, row) => sum + Math.max(-row.balanceSen, 0), 0);
  return spreadsheetCsv([
    [words.code, words.account, words.typeHeading, words.debit, words.credit, words.balanceDebit, words.balanceCredit],
    ...rows,
    ['', words.total, '', amount(balance.totals.debitSen), amount(balance.totals.creditSen), amount(debitBalances), amount(creditBalances)],
  ]);
}

export interface DayBookHeadings {
  date: string;
  postedAt: string;
  entry: string;
  kind: (kind: LedgerEntry['sourceKind']) => string;
  reference: string;
  code: string;
  account: string;
  debit: string;
  credit: string;
}

/** The day book, one row a line: each entry's date, time, what it records and its reference repeated on its lines, so the file filters and sorts. */
export function dayBookCsv(entries: readonly LedgerEntry[], words: DayBookHeadings, postedAt: (instant: string) => string): string {
  return spreadsheetCsv([
    [words.date, words.postedAt, words.entry, words.reference, words.code, words.account, words.debit, words.credit],
    ...entries.flatMap((entry) => entry.lines.map((line) => [entry.clinicDate, postedAt(entry.postedAt), words.kind(entry.sourceKind), entry.memo, line.accountCode, line.accountName, amount(line.debitSen), amount(line.creditSen)])),
  ]);
}
