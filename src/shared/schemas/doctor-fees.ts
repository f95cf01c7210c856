import { z } from 'zod';
import { INVOICE_LINE_KINDS, type InvoiceLineKind } from './billing';
import { idSchema } from './common';

/** A share in basis points: 4000 is 40 % of the item's amount after discount. */
const shareBp = z.number().int().min(0).max(10_000);

/** How a doctor is paid for their visits: a fixed sum per visit seen, plus a share of what each kind of item earned. */
export const doctorFeeRuleSchema = z.object({
  doctorId: idSchema,
  fixedPerVisitSen: z.number().int().min(0).max(1_000_000),
  shareBp: z.object(Object.fromEntries(INVOICE_LINE_KINDS.map((kind) => [kind, shareBp])) as Record<InvoiceLineKind, typeof shareBp>),
});
export type DoctorFeeRuleInput = z.infer<typeof doctorFeeRuleSchema>;

export interface DoctorFeeRule extends DoctorFeeRuleInput {
  doctorName: string;
  /** Null for a doctor with no rule yet (then nothing is owed to them). */
  updatedAt: string | null;
}

export const doctorFeeStatementInputSchema = z
  .object({ doctorId: idSchema, from: z.iso.date(), to: z.iso.date() })
  .refine((input) => input.from <= input.to, { path: ['to'], message: 'ends before it starts' })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) <= 366 * 86_400_000, { path: ['to'], message: 'a statement covers a year at most' });
export type DoctorFeeStatementInput = z.infer<typeof doctorFeeStatementInputSchema>;

export interface DoctorFeeStatement {
  doctorId: string;
  doctorName: string;
  from: string;
  to: string;
  rule: DoctorFeeRuleInput;
  visits: number;
  fixedSen: number;
  byKind: { kind: InvoiceLineKind; netSen: number; shareBp: number; shareSen: number }[];
  totalSen: number;
  /** One row per invoice: its date, number, what it earned after discounts, and the doctor's part. */
  invoices: { clinicDate: string; invoiceNo: string; netSen: number; shareSen: number }[];
}
