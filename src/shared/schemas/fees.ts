import { z } from 'zod';
import { clockTimeSchema } from './appointments';
import { idSchema } from './common';

/**
 * The clinic's fee schedule: what it charges for a consultation, a procedure, a lab test or a
 * package, set up once and priced onto invoices by billing. Medicines are priced on the medicine
 * master, never here.
 */
export const FEE_KINDS = ['consultation', 'procedure', 'lab', 'package', 'other'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** RM 100,000.00: far above any fee, low enough that a mistyped extra digit or two is refused. */
export const MAX_FEE_SEN = 10_000_000;

const feeFields = z.object({
  id: idSchema,
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,16}$/),
  name: z.string().trim().min(2).max(120),
  kind: z.enum(FEE_KINDS),
  priceSen: z.number().int().min(0).max(MAX_FEE_SEN),
  /** A service that service tax can apply to (whether it does is the clinic's tax setting). */
  taxable: z.boolean(),
  /** A consultation fee that only this doctor charges; null for every doctor. */
  doctorId: idSchema.nullable(),
  /** A time-of-day window (clinic time) the fee applies in, start included, end not; it may run past midnight (22:00–08:00). */
  fromTime: clockTimeSchema.nullable(),
  toTime: clockTimeSchema.nullable(),
  active: z.boolean(),
});

type FeeFields = Pick<z.infer<typeof feeFields>, 'kind' | 'doctorId' | 'fromTime' | 'toTime'>;

function checkFee(fee: FeeFields, ctx: z.RefinementCtx): void {
  if ((fee.fromTime === null) !== (fee.toTime === null)) {
    ctx.addIssue({ code: 'custom', path: [fee.fromTime === null ? 'fromTime' : 'toTime'], message: 'a window needs both its start and its end' });
  } else if (fee.fromTime !== null && fee.fromTime === fee.toTime) {
    ctx.addIssue({ code: 'custom', path: ['toTime'], message: 'a window ends when it starts' });
  }
  if (fee.doctorId !== null && fee.kind !== 'consultation') {
    ctx.addIssue({ code: 'custom', path: ['doctorId'], message: 'only a consultation fee is one doctor’s' });
  }
}

export const feeSchema = feeFields.superRefine(checkFee);
export type Fee = z.infer<typeof feeSchema>;

export const saveFeeInputSchema = feeFields.extend({ id: idSchema.optional() }).superRefine(checkFee);
export type SaveFeeInput = z.infer<typeof saveFeeInputSchema>;

export const listFeesInputSchema = z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false });
export type ListFeesInput = z.input<typeof listFeesInputSchema>;
