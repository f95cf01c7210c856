import type { InvoiceLine } from '../../../shared/schemas/billing';

/** One issued invoice as the e-invoice builders read it: its number, day, status, total and priced lines, all in sen. */
export interface Sale {
  invoiceId: string;
  number: string;
  clinicDate: string;
  billTo: string;
  void: boolean;
  /** A panel's share of a bill: LHDN wants the insurer's or company's portion on an e-invoice of its own. */
  panel: boolean;
  totalSen: number;
  lines: readonly SaleLine[];
}

/** A priced invoice line, as billing issued it. */
export type SaleLine = Omit<InvoiceLine, 'id' | 'kind'>;

/** From 1 January 2026 a single sale above RM 10,000 needs an e-invoice of its own, never the consolidated one. */
export const OWN_EINVOICE_ABOVE_SEN = 1_000_000;

/** A sale that never goes on the consolidated e-invoice: a panel's portion, or one above RM 10,000. */
export function needsOwnEinvoice(sale: Sale): boolean {
  return !sale.void && (sale.panel || sale.totalSen > OWN_EINVOICE_ABOVE_SEN);
}

/** What goes on a month's consolidated e-invoice, and what must not. */
export interface MonthPlan {
  /** Runs of consecutive invoice numbers, each one line of the consolidated e-invoice. */
  runs: Sale[][];
  /** Panel portions and sales above RM 10,000 without an e-invoice of their own yet: the user must issue one each. */
  ownRequired: Sale[];
  sales: number;
}

/**
 * Chooses the month's consolidated lines. The SDK's guidance allows a consolidated e-invoice to list
 * each receipt, or to summarise receipts as lines of continuous receipt numbers; a month of a busy
 * clinic is thousands of sales, so this takes the second: one line per unbroken run of invoice
 * numbers. A run breaks wherever an invoice is left out (voided, given its own e-invoice, a panel's
 * portion, or above RM 10,000), so a line's range never claims an invoice it does not add up.
 */
export function planMonth(sales: readonly Sale[], ownDocuments: ReadonlySet<string>): MonthPlan {
  const ordered = [...sales].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  const runs: Sale[][] = [];
  const ownRequired: Sale[] = [];
  let run: Sale[] = [];
  let count = 0;
  for (const sale of ordered) {
    const own = ownDocuments.has(sale.invoiceId);
    const apart = needsOwnEinvoice(sale);
    if (apart && !own) ownRequired.push(sale);
    if (sale.void || own || apart) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    run.push(sale);
    count += 1;
  }
  if (run.length > 0) runs.push(run);
  return { runs, ownRequired, sales: count };
}

/** The first and last day of a clinic month, and the day its consolidated e-invoice is due (seven days after it ends). */
export function monthDays(month: string): { first: string; last: string; dueBy: string } {
  const [year, monthNo] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, monthNo, 0));
  const due = new Date(Date.UTC(year, monthNo, 7));
  return { first: `${month}-01`, last: last.toISOString().slice(0, 10), dueBy: due.toISOString().slice(0, 10) };
}
