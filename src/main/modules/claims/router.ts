import { z } from 'zod';
import { createClaimBatchInputSchema, recordClaimPaymentInputSchema } from '../../../shared/schemas/claims';
import { idSchema } from '../../../shared/schemas/common';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { renderPagePdf } from '../../documents';
import { claimsKey } from './key';

const { read, write, staged } = moduleProcedures(claimsKey);

const batchInputSchema = z.object({ id: idSchema });

/** Panel claims: the counter's staff (billing.operate) gather and send them; recording what a panel paid or rejected is billing.adjust. */
export const claimsRouter = t.router({
  unclaimed: read('billing.operate').query(({ ctx }) => ctx.services.claims.unclaimed(ctx.uow)),

  batches: read('billing.operate')
    .input(z.object({ panelId: idSchema.nullable().default(null) }))
    .query(({ ctx, input }) => ctx.services.claims.batches(ctx.uow, input.panelId)),

  batch: read('billing.operate')
    .input(batchInputSchema)
    .query(({ ctx, input }) => ctx.services.claims.batch(ctx.uow, input.id)),

  aging: read('billing.operate').query(({ ctx }) => ctx.services.claims.aging(ctx.uow)),

  createBatch: write('billing.operate')
    .input(createClaimBatchInputSchema)
    .mutation(({ ctx, input }) => ctx.services.claims.createBatch(ctx.uow, input)),

  recordPayment: write('billing.adjust')
    .input(recordClaimPaymentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.claims.recordPayment(ctx.uow, input)),

  /** The statement as a PDF on the letterhead, audited in its unit of work and drawn after it commits. */
  statementPdf: staged('billing.operate')
    .input(batchInputSchema)
    .mutation(async ({ ctx, input }) => {
      const paper = await ctx.inUnitOfWork((uow) => ctx.services.papers.statement(uow, input.id));
      return { fileName: paper.fileName, pdfBase64: (await renderPagePdf(paper.document)).toString('base64') };
    }),

  statementCsv: write('billing.operate')
    .input(batchInputSchema)
    .mutation(({ ctx, input }) => ctx.services.papers.csv(ctx.uow, input.id)),
});
