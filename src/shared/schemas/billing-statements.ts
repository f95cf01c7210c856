import { z } from 'zod';
import { idSchema } from './common';

/** A patient's statement of account for a period of clinic days. */
export const patientStatementInputSchema = z
  .object({ patientId: idSchema, from: z.iso.date(), to: z.iso.date() })
  .refine((input) => input.from <= input.to, { path: ['to'], message: 'from-after-to' });
export type PatientStatementInput = z.input<typeof patientStatementInputSchema>;

export const patientStatementPdfInputSchema = z.object({ patientId: idSchema, from: z.iso.date(), to: z.iso.date(), paper: z.enum(['A4', 'A5']).default('A4') }).refine((input) => input.from <= input.to, { path: ['to'], message: 'from-after-to' });
export type PatientStatementPdfInput = z.input<typeof patientStatementPdfInputSchema>;

export const STATEMENT_ROW_KINDS = ['invoice', 'payment', 'payment-void', 'rounding', 'credit-note', 'refund'] as const;
export type StatementRowKind = (typeof STATEMENT_ROW_KINDS)[number];

/** One thing that moved what the patient owes: charged (+) or settled (−), with the balance after it. */
export interface StatementRow {
  clinicDate: string;
  at: string;
  kind: StatementRowKind;
  /** The invoice, receipt or credit note's number. */
  number: string;
  /** The invoice it belongs to. */
  invoiceNumber: string;
  /** What it is, as printed: the payment method, the credit note's reason. */
  detail: string;
  /** + adds to what is owed (an invoice, money given back), − takes from it (a payment, a credit). */
  amountSen: number;
  balanceSen: number;
}

/**
 * What a patient owes the clinic on their own invoices (a panel's share is the panel's, on its own
 * statement): the balance before the period, every invoice, payment, credit note and refund in it
 * in order, and the balance at its end.
 */
export interface PatientStatement {
  patientId: string;
  patientName: string;
  mrn: string;
  from: string;
  to: string;
  openingSen: number;
  rows: StatementRow[];
  closingSen: number;
}
