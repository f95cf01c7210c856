import { z } from 'zod';

export const LEDGER_ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number];

/** What an entry was posted for: the record named by its source id, or the undoing of one. */
export const LEDGER_SOURCE_KINDS = ['invoice', 'invoice-void', 'receipt', 'receipt-void', 'credit-note', 'refund', 'dispensing', 'goods-received', 'supplier-return', 'panel-payment'] as const;
export type LedgerSourceKind = (typeof LEDGER_SOURCE_KINDS)[number];

export interface LedgerAccount {
  code: string;
  name: string;
  type: LedgerAccountType;
  active: boolean;
}

export interface LedgerLine {
  accountCode: string;
  accountName: string;
  debitSen: number;
  creditSen: number;
}

/** A journal entry as the day book shows it: never edited, undone only by a reversing entry. */
export interface LedgerEntry {
  id: string;
  clinicDate: string;
  postedAt: string;
  sourceKind: LedgerSourceKind;
  sourceId: string;
  /** The clinic's own reference for what was posted: an invoice, receipt or delivery number. */
  memo: string;
  totalSen: number;
  /** The entry this one reverses, if it is a reversal. */
  reversesId: string | null;
  lines: LedgerLine[];
}

/** One account's movements over a range: debit balance positive, credit balance negative. */
export interface TrialBalanceRow {
  code: string;
  name: string;
  type: LedgerAccountType;
  debitSen: number;
  creditSen: number;
  balanceSen: number;
}

export interface TrialBalance {
  from: string;
  to: string;
  rows: TrialBalanceRow[];
  totals: { debitSen: number; creditSen: number };
}

const range = { from: z.iso.date(), to: z.iso.date() };

/** Clinic dates, inclusive; a year at most, so a report stays a report. */
function withinAYear<T extends z.ZodObject<typeof range>>(schema: T) {
  return schema
    .refine((value) => value.from <= value.to, { message: 'from after to', path: ['to'] })
    .refine((value) => Date.parse(value.to) - Date.parse(value.from) <= 366 * 86_400_000, { message: 'a year at most', path: ['to'] });
}

export const ledgerRangeInputSchema = withinAYear(z.object(range));
export type LedgerRangeInput = z.input<typeof ledgerRangeInputSchema>;

export const accountStatementInputSchema = withinAYear(z.object({ ...range, code: z.string().regex(/^[0-9]{1,10}$/) }));
export type AccountStatementInput = z.input<typeof accountStatementInputSchema>;

/** One account's movements over a range, from the balance it had before it, each line with the balance after it (debit positive). */
export interface AccountStatement {
  account: LedgerAccount;
  from: string;
  to: string;
  openingSen: number;
  lines: { entryId: string; clinicDate: string; postedAt: string; sourceKind: LedgerSourceKind; memo: string; debitSen: number; creditSen: number; balanceSen: number }[];
  closingSen: number;
}
