import { z } from 'zod';
import { idSchema } from './common';
import type { PanelRelationship } from './panels';

/** The ways money comes in at the counter and goes back out. */
export const MONEY_METHODS = ['cash', 'card', 'duitnow-qr', 'touch-n-go', 'grabpay', 'bank-transfer'] as const;
export type MoneyMethod = (typeof MONEY_METHODS)[number];

/**
 * How a patient pays at the counter: money, or from the deposit they left on account. A panel's
 * share is not a payment: it is the panel's own invoice.
 */
export const PAYMENT_METHODS = [...MONEY_METHODS, 'deposit'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const INVOICE_STATUSES = ['issued', 'part-paid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Whose share of a visit's bill an invoice is: the patient's, paid at the counter, or the panel's, claimed later. */
export const INVOICE_PORTIONS = ['patient', 'panel'] as const;
export type InvoicePortion = (typeof INVOICE_PORTIONS)[number];

/** What an invoice line charges for, as the day's report groups them. */
export const INVOICE_LINE_KINDS = ['consultation', 'procedure', 'lab', 'package', 'medicine', 'other'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KINDS)[number];

/** Whole sen, at most RM 100,000 in one figure: far above any clinic bill, well inside exact arithmetic. */
const sen = z.number().int().min(0).max(10_000_000);
const reason = z.string().trim().min(3).max(200);

export const issueInvoiceInputSchema = z.object({
  visitId: idSchema,
  /** Fees added at the counter (a dressing, an injection), each from the fee schedule. */
  fees: z.array(z.object({ feeId: idSchema, quantity: z.number().int().min(1).max(100) })).max(30).default([]),
  /** Prices the cashier gives to dispensed items whose medicine had none. */
  prices: z.array(z.object({ chargeLineId: idSchema, unitPriceSen: sen })).max(100).default([]),
  discount: z.object({ amountSen: sen.min(1), reason }).nullable().default(null),
  /** The panel that pays its share (the patient must hold its card on the visit's date): two invoices, the panel's and the patient's. */
  panelId: idSchema.nullable().default(null),
});
export type IssueInvoiceInput = z.input<typeof issueInvoiceInputSchema>;

/** The bill as it would be issued: the discount's reason is not needed to price it (so the counter sees the total while typing). */
export const previewInvoiceInputSchema = issueInvoiceInputSchema.extend({ discount: z.object({ amountSen: sen.min(1) }).nullable().default(null) });
export type PreviewInvoiceInput = z.input<typeof previewInvoiceInputSchema>;

export const tenderSchema = z.object({
  method: z.enum(PAYMENT_METHODS),
  /** For cash, what the patient handed over; for the others, the amount charged. */
  amountSen: sen.min(1),
  /** The card slip's approval code, the e-wallet's transaction number… */
  reference: z.string().trim().max(60).default(''),
});

export const payInvoiceInputSchema = z.object({
  invoiceId: idSchema,
  tenders: z
    .array(tenderSchema)
    .min(1)
    .max(6)
    .refine((tenders) => tenders.filter((tender) => tender.method === 'cash').length <= 1, { message: 'one cash tender at most' }),
});
export type PayInvoiceInput = z.input<typeof payInvoiceInputSchema>;

/** The invoice as a tax invoice on the office printer's paper. */
export const invoicePdfInputSchema = z.object({ invoiceId: idSchema, paper: z.enum(['A4', 'A5']).default('A4') });
export type InvoicePdfInput = z.input<typeof invoicePdfInputSchema>;

export const voidInvoiceInputSchema = z.object({ invoiceId: idSchema, reason });
export type VoidInvoiceInput = z.input<typeof voidInvoiceInputSchema>;

/** Everything taken under one receipt is voided together: the money goes back as it came. */
export const voidPaymentInputSchema = z.object({ invoiceId: idSchema, receiptNo: z.string().trim().min(1).max(40), reason });
export type VoidPaymentInput = z.input<typeof voidPaymentInputSchema>;

export interface InvoiceLine {
  id: string;
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  unitPriceSen: number;
  amountSen: number;
  discountSen: number;
  taxRateBp: number;
  taxSen: number;
}

export interface Payment {
  id: string;
  receiptNo: string;
  method: PaymentMethod;
  amountSen: number;
  tenderedSen: number;
  changeSen: number;
  roundingSen: number;
  reference: string;
  takenAt: string;
  takenByName: string | null;
  status: 'taken' | 'void';
}

export interface Invoice {
  id: string;
  number: string;
  visitId: string | null;
  patientId: string | null;
  billTo: string;
  /** The patient's share or the panel's; a panel's invoice names the panel, is on credit and is never paid at the counter. */
  portion: InvoicePortion;
  panelId: string | null;
  clinicDate: string;
  status: InvoiceStatus;
  lines: InvoiceLine[];
  subtotalSen: number;
  discountSen: number;
  discountReason: string | null;
  taxSen: number;
  totalSen: number;
  paidSen: number;
  /** Cash rounding to 5 sen taken so far (collected − owed): +2 when RM 10.03 was paid as RM 10.05. */
  roundingSen: number;
  /** Credited by credit notes, and given back of what was paid. */
  creditedSen: number;
  refundedSen: number;
  /** What is still owed: total + rounding − paid − credited + refunded. */
  balanceSen: number;
  issuedAt: string;
  issuedByName: string | null;
  voidReason: string | null;
  payments: Payment[];
  creditNotes: CreditNote[];
}

/** Part of an invoice credited: an item returned, a fee charged in error. Never an edit of the invoice. */
export interface CreditNote {
  id: string;
  number: string;
  clinicDate: string;
  reason: string;
  lines: { invoiceLineId: string; description: string; quantity: number; amountSen: number; taxSen: number }[];
  amountSen: number;
  taxSen: number;
  totalSen: number;
  issuedAt: string;
  issuedByName: string | null;
  /** What went back to the patient with it, when they had paid more than the invoice now asks. */
  refunds: { method: PaymentMethod; amountSen: number; roundingSen: number; reference: string }[];
}

export const creditNoteInputSchema = z.object({
  invoiceId: idSchema,
  lines: z
    .array(z.object({ invoiceLineId: idSchema, quantity: z.number().int().min(1).max(100_000) }))
    .min(1)
    .max(100)
    .refine((lines) => new Set(lines.map((line) => line.invoiceLineId)).size === lines.length, { message: 'each line once' }),
  reason,
  /** How the money goes back when the patient had paid more than is now owed; the till's drawer for cash. */
  refund: z.object({ method: z.enum(MONEY_METHODS), reference: z.string().trim().max(60).default('') }).nullable().default(null),
});
export type CreditNoteInput = z.input<typeof creditNoteInputSchema>;
/** A credit note priced while it is being filled in: the reason comes last. */
export const previewCreditNoteInputSchema = creditNoteInputSchema.extend({ reason: z.string().trim().max(200).default('') });
export type PreviewCreditNoteInput = z.input<typeof previewCreditNoteInputSchema>;

/** What a credit note would credit and give back, before it is issued. */
export interface CreditNotePreview {
  amountSen: number;
  taxSen: number;
  totalSen: number;
  /** What goes back to the patient (cash rounded to 5 sen); 0 when the credit only lowers what is owed. */
  refundSen: number;
}

/** A visit's invoice before it is issued: what the counter sees, and what it still has to decide. */
export interface InvoicePreview {
  visitId: string;
  patientName: string;
  lines: (Omit<InvoiceLine, 'id'> & { chargeLineId: string | null; priceMissing: boolean })[];
  subtotalSen: number;
  discountSen: number;
  taxSen: number;
  totalSen: number;
  /** The tax that applies to this patient's services, or null (the clinic is not registered, or the patient is exempt). */
  tax: { name: string; rateBp: number } | null;
  /** The visit's invoice already issued (the patient's), if any: a visit is invoiced once. */
  invoiceId: string | null;
  /** The panel's invoice for the visit, when its bill was split with a panel. */
  panelInvoiceId: string | null;
  /** The panels whose card the patient holds on the visit's date: the counter may bill one of them. */
  panels: PanelChoice[];
  /** How the bill splits with the panel asked about (`panelId`), or null. */
  split: PanelSplitPreview | null;
}

export interface PanelChoice {
  panelId: string;
  code: string;
  name: string;
  memberNo: string;
  relationship: PanelRelationship;
}

export interface PanelSplitPreview {
  panelId: string;
  /** Per line of the preview, in its order. */
  lines: { coveredSen: number; patientSen: number }[];
  coveredSen: number;
  patientSen: number;
  copaySen: number;
}

/** An invoice from an earlier day with something still owed on it: credit the counter collects later. */
export interface OwedInvoice {
  id: string;
  number: string;
  clinicDate: string;
  billTo: string;
  patientId: string | null;
  balanceSen: number;
  daysOwed: number;
}

/** A visit at the counter: finished today, not yet invoiced, or invoiced with something still owed. */
export interface CounterVisit {
  visitId: string;
  ticketNo: string;
  patientName: string;
  mrn: string;
  finishedAt: string;
  invoice: { id: string; number: string; status: InvoiceStatus; balanceSen: number } | null;
}
