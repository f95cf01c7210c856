import { z } from 'zod';
import { issueInvoiceInputSchema, payInvoiceInputSchema, voidInvoiceInputSchema } from '../../../shared/schemas/billing';
import { idSchema } from '../../../shared/schemas/common';
import { moduleProcedures, requireGranted } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { billingKey } from './key';

const { read, write } = moduleProcedures(billingKey);

/** The counter: billing.operate issues invoices and takes payments; a discount or a void is billing.adjust. */
export const billingRouter = t.router({
  worklist: read('billing.operate').query(({ ctx }) => ctx.services.counter.today(ctx.uow)),

  /** The invoice as issuing it would make it, the counter's additions included; nothing is written. */
  preview: read('billing.operate')
    .input(issueInvoiceInputSchema)
    .query(({ ctx, input }) => ctx.services.invoices.preview(ctx.uow, input)),

  invoice: read('billing.operate')
    .input(z.object({ id: idSchema }))
    .query(({ ctx, input }) => ctx.services.invoices.get(ctx.uow, input.id)),

  invoicesOfDay: read('billing.operate')
    .input(z.object({ clinicDate: z.iso.date() }))
    .query(({ ctx, input }) => ctx.services.invoices.ofDay(ctx.uow, input.clinicDate)),

  issue: write('billing.operate')
    .input(issueInvoiceInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.discount) await requireGranted(ctx, 'billing.adjust');
      return ctx.services.invoices.issue(ctx.uow, input);
    }),

  pay: write('billing.operate')
    .input(payInvoiceInputSchema)
    .mutation(({ ctx, input }) => ctx.services.payments.pay(ctx.uow, input)),

  voidInvoice: write('billing.adjust')
    .input(voidInvoiceInputSchema)
    .mutation(({ ctx, input }) => ctx.services.invoices.void(ctx.uow, input)),
});
