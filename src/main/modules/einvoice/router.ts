import { z } from 'zod';
import { buildConsolidatedInputSchema, buildIndividualInputSchema, einvoiceDocumentInputSchema, monthSchema, setEinvoiceSecretInputSchema } from '../../../shared/schemas/einvoice';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { einvoiceKey } from './key';

const { read, write, staged } = moduleProcedures(einvoiceKey);

/** LHDN MyInvois e-invoices: finance.view reads them; einvoice.submit builds and sends; the client secret is the clinic manager's. */
export const einvoiceRouter = t.router({
  month: read('finance.view')
    .input(z.object({ month: monthSchema }))
    .query(({ ctx, input }) => ctx.services.documents.month(ctx.uow, input.month)),

  document: read('finance.view')
    .input(einvoiceDocumentInputSchema)
    .query(({ ctx, input }) => ctx.services.documents.get(ctx.uow, input.documentId)),

  buildConsolidated: write('einvoice.submit')
    .input(buildConsolidatedInputSchema)
    .mutation(({ ctx, input }) => ctx.services.documents.buildConsolidated(ctx.uow, input)),

  buildIndividual: write('einvoice.submit')
    .input(buildIndividualInputSchema)
    .mutation(({ ctx, input }) => ctx.services.documents.buildIndividual(ctx.uow, input)),

  /** Sends a draft, outside any transaction: MyInvois may take seconds, and must not hold the store. */
  submit: staged('einvoice.submit')
    .input(einvoiceDocumentInputSchema)
    .mutation(async ({ ctx, input }) => {
      const submissions = ctx.services.submissions;
      const job = await ctx.inUnitOfWork((uow) => submissions.prepareSubmit(uow, input));
      const outcome = await submissions.send(job);
      return ctx.inUnitOfWork((uow) => submissions.recordSubmit(uow, job, outcome));
    }),

  /** Asks MyInvois whether a submitted document was found valid, and records its answer. */
  check: staged('einvoice.submit')
    .input(einvoiceDocumentInputSchema)
    .mutation(async ({ ctx, input }) => {
      const submissions = ctx.services.submissions;
      const job = await ctx.inUnitOfWork((uow) => submissions.prepareCheck(uow, input));
      const outcome = await submissions.check(job);
      return ctx.inUnitOfWork((uow) => submissions.recordCheck(uow, job, outcome));
    }),

  secretStored: read('clinic.view').query(({ ctx }) => ctx.services.submissions.secretStored()),

  setSecret: write('clinic.manage')
    .input(setEinvoiceSecretInputSchema)
    .mutation(({ ctx, input }) => ctx.services.submissions.setSecret(ctx.uow, input)),
});
