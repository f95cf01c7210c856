import type { LedgerAccount, TrialBalanceRow } from '../../../shared/schemas/ledger';

/** An account's debits and credits over the range, as the store sums them. */
export interface AccountTotals {
  accountCode: string;
  debitSen: number;
  creditSen: number;
}

/**
 * The trial balance: every account in the chart that is active or moved, in code order, with its
 * debits, credits and balance (debit positive). The two totals are equal whenever every entry
 * balanced, so the balances sum to zero.
 */
export function trialBalanceOf(accounts: readonly LedgerAccount[], totals: readonly AccountTotals[]): { rows: TrialBalanceRow[]; totals: { debitSen: number; creditSen: number } } {
  const byCode = new Map(totals.map((total) => [total.accountCode, total]));
  const rows = [...accounts]
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((account) => account.active || byCode.has(account.code))
    .map((account) => {
      const moved = byCode.get(account.code);
      const debitSen = moved?.debitSen ?? 0;
      const creditSen = moved?.creditSen ?? 0;
      return { code: account.code, name: account.name, type: account.type, debitSen, creditSen, balanceSen: debitSen - creditSen };
    });
  return { rows, totals: { debitSen: rows.reduce((sum, row) => sum + row.debitSen, 0), creditSen: rows.reduce((sum, row) => sum + row.creditSen, 0) } };
}
