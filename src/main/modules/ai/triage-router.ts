import { triageInputSchema } from '../../../shared/schemas/ai-triage';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { aiKey } from './key';
import { triageFeature } from './triage-feature';

const { staged } = moduleProcedures(aiKey);

/** Triage of a chief complaint: for whoever checks patients in (the queue's permission). Writes nothing but the AI log. */
export const triageRouter = t.router({
  assess: staged('queue.operate')
    .input(triageInputSchema)
    .mutation(async ({ ctx, input }) => {
      const request = await ctx.inUnitOfWork((uow) => ctx.services.triage.request(uow, input));
      return ctx.services.drafts.draft(ctx.inUnitOfWork, triageFeature, request);
    }),
});
