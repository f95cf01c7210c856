import type { Draft } from '../../../shared/ai-draft';
import { historySummaryDraftInputSchema, type HistorySummaryContent } from '../../../shared/schemas/history-summary';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { aiKey } from './key';
import { historySummaryFeature } from './summary-feature';

const { staged } = moduleProcedures(aiKey);

/**
 * The medical history summary's draft, for whoever may open the chart. It writes nothing clinical:
 * the accepted summary is saved by `chart.saveHistorySummary`.
 */
export const summaryRouter = t.router({
  draft: staged('clinical.view')
    .input(historySummaryDraftInputSchema)
    .mutation(async ({ ctx, input }): Promise<Draft<HistorySummaryContent>> => {
      const facts = await ctx.inUnitOfWork((uow) => ctx.services.historyReader.facts(uow, input.patientId));
      return ctx.services.drafts.draft(ctx.inUnitOfWork, historySummaryFeature, facts);
    }),
});
