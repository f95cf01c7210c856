import { z } from 'zod';
import { idSchema } from './common';
import type { PaymentMethod } from './billing';

/** The notes and coins a Malaysian till holds, in sen, largest first: the drawer is counted in these. */
export const DENOMINATIONS_SEN = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 20, 10, 5] as const;

const sen = z.number().int().min(0).max(10_000_000);
const reason = z.string().trim().min(3).max(200);

export const openSessionInputSchema = z.object({ floatSen: sen });
export type OpenSessionInput = z.input<typeof openSessionInputSchema>;

/** How many of each note and coin are in the drawer, keyed by the denomination in sen. */
export const cashCountSchema = z
  .array(z.object({ denominationSen: z.number().int().refine((value) => (DENOMINATIONS_SEN as readonly number[]).includes(value), 'not a Malaysian note or coin'), count: z.number().int().min(0).max(100_000) }))
  .max(DENOMINATIONS_SEN.length)
  .refine((counts) => new Set(counts.map((entry) => entry.denominationSen)).size === counts.length, 'each note or coin once');
export type CashCount = z.infer<typeof cashCountSchema>;

export const closeSessionInputSchema = z.object({
  sessionId: idSchema,
  count: cashCountSchema,
  /** Needed when the counted cash differs from what the drawer should hold. */
  varianceReason: reason.nullable().default(null),
});
export type CloseSessionInput = z.input<typeof closeSessionInputSchema>;

/** What happens to a visit still open when the day closes. */
export const OPEN_VISIT_ACTIONS = ['end', 'carry'] as const;
export type OpenVisitAction = (typeof OPEN_VISIT_ACTIONS)[number];

export const closeDayInputSchema = z.object({
  clinicDate: z.iso.date(),
  /** One decision for each visit still open: end it now, or carry it over to the next day. */
  openVisits: z.array(z.object({ visitId: idSchema, action: z.enum(OPEN_VISIT_ACTIONS) })).max(2_000).default([]),
});
export type CloseDayInput = z.input<typeof closeDayInputSchema>;

export interface MethodTotal {
  method: PaymentMethod;
  count: number;
  amountSen: number;
}

export interface CashierSession {
  id: string;
  userId: string;
  cashierName: string;
  clinicDate: string;
  status: 'open' | 'closed';
  floatSen: number;
  openedAt: string;
  closedAt: string | null;
  /** Float + cash taken (payments and deposits) − cash given back (voids, refunds, deposits): what the drawer should hold. */
  expectedCashSen: number;
  countedCashSen: number | null;
  /** Counted − expected; null until counted. */
  varianceSen: number | null;
  varianceReason: string | null;
  count: CashCount | null;
  byMethod: MethodTotal[];
  /** Cash given back from this drawer: voided payments, credit notes' refunds and deposits given back. */
  refundedCashSen: number;
}

/** A payment or an invoice voided on the day, or a credit note issued, with its reason: the Z report lists each one. */
export interface DayVoid {
  kind: 'invoice' | 'payment' | 'credit-note';
  number: string;
  amountSen: number;
  reason: string;
  byName: string | null;
}

export interface DayDiscount {
  invoiceNo: string;
  amountSen: number;
  reason: string;
}

/** A visit still open on the day: not yet seen, not yet billed, or with money still owed. */
export interface OpenVisit {
  visitId: string;
  clinicDate: string;
  ticketNo: string;
  patientName: string;
  /** Where it stands: waiting to be seen or served, finished but not invoiced, or invoiced with a balance. */
  stage: 'in-queue' | 'not-invoiced' | 'owes';
  balanceSen: number | null;
  /** It still has a ticket in a queue (the counter's included): closing the day ends it or carries it over. */
  ticketOpen: boolean;
}

export interface DayDeposits {
  taken: MethodTotal[];
  takenSen: number;
  refunds: MethodTotal[];
  refundedSen: number;
  appliedSen: number;
}

/** Money in less money out on a day: payments and deposits taken, less what was given back. */
export function netTakenSen(report: Pick<DayReport, 'takenSen' | 'refundedSen' | 'deposits'>): number {
  return report.takenSen - report.refundedSen + (report.deposits?.takenSen ?? 0) - (report.deposits?.refundedSen ?? 0);
}

/** The day's money as the Z report prints it; kept as it was when the day closed. */
export interface DayReport {
  clinicDate: string;
  zNo: string | null;
  closedAt: string | null;
  closedByName: string | null;
  visits: number;
  /** The day's invoices; `panelSen` is the panels' shares among them, claimed from the panels rather than owed at the counter. */
  invoices: { count: number; totalSen: number; taxSen: number; discountSen: number; panelSen: number };
  payments: MethodTotal[];
  takenSen: number;
  roundingSen: number;
  refunds: MethodTotal[];
  refundedSen: number;
  /** Owed by patients on the day's invoices at the time of the report: credit given (panels' shares apart). */
  owedSen: number;
  /**
   * Deposits left on account and given back on the day, by method (money in and out of the tills,
   * besides the payments above), and what invoices were paid from deposits (no money moved). Absent
   * from the reports of days closed before deposits were kept.
   */
  deposits?: DayDeposits;
  voids: DayVoid[];
  discounts: DayDiscount[];
  sessions: Pick<CashierSession, 'id' | 'cashierName' | 'status' | 'floatSen' | 'expectedCashSen' | 'countedCashSen' | 'varianceSen' | 'varianceReason'>[];
  /** Visits ended or carried over at closing (or, before closing, those still open). */
  openVisits: (OpenVisit & { action: OpenVisitAction | null })[];
}

export interface ClosedDay {
  clinicDate: string;
  zNo: string;
  closedAt: string;
  closedByName: string | null;
  /** Taken less given back. */
  netSen: number;
}
