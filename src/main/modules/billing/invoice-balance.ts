import type { InvoiceStatus } from '../../../shared/schemas/billing';
import type { InvoiceRecord } from './entities';

type Money = Pick<InvoiceRecord, 'status' | 'totalSen' | 'roundingSen' | 'paidSen' | 'creditedSen' | 'refundedSen'>;

/** What is still owed on an invoice: its total and cash rounding, less what was paid and credited, plus what was given back. */
export function balanceOf(invoice: Money): number {
  return invoice.status === 'void' ? 0 : invoice.totalSen + invoice.roundingSen - invoice.paidSen - invoice.creditedSen + invoice.refundedSen;
}

/** The status an invoice's money gives it: settled (nothing owed), something paid, or nothing paid yet. */
export function settledStatus(invoice: Money): Exclude<InvoiceStatus, 'void'> {
  if (balanceOf(invoice) <= 0) return 'paid';
  return invoice.paidSen - invoice.refundedSen > 0 ? 'part-paid' : 'issued';
}
