import { draftLetterInputSchema } from '../../../shared/schemas/ai-letters';
import type { LetterRequest } from '../../ai/features/letters/visit-facts';
import { mcRemarksFeature, quarantineSlipFeature, referralLetterFeature } from '../../ai/features/letters/letter-features';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import type { DraftFeature } from './ai-drafts';
import { aiKey } from './key';

const { staged } = moduleProcedures(aiKey);

/**
 * Letters drafted from the visit's record, each needing what issuing the document needs. The
 * record is read (and the read audited) in a short unit of work, the model is asked outside it;
 * the draft is returned and nothing is written but the AI log: the doctor issues the document.
 */
function draftProcedure<Content>(feature: DraftFeature<LetterRequest, Content>) {
  return staged('consultation.write')
    .input(draftLetterInputSchema)
    .mutation(async ({ ctx, input }) => {
      const request = await ctx.inUnitOfWork((uow) => ctx.services.letterVisits.requestFor(uow, input.visitId));
      return ctx.services.drafts.draft(ctx.inUnitOfWork, feature, request);
    });
}

export const lettersRouter = t.router({
  draftReferral: draftProcedure(referralLetterFeature),
  draftQuarantine: draftProcedure(quarantineSlipFeature),
  draftMcRemarks: draftProcedure(mcRemarksFeature),
});
