import { assistantAskInputSchema } from '../../../shared/schemas/ai-assistant';
import { assistantFeature } from '../../ai/features/assistant/assistant-feature';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { aiKey } from './key';

const { staged } = moduleProcedures(aiKey);

/**
 * The in-app assistant, for anyone signed in. A query: it reads the app's own help and what the
 * screen passed, and changes nothing; the only row it can leave is the AI log's, when a model was asked.
 */
export const assistantRouter = t.router({
  ask: staged('signed-in')
    .input(assistantAskInputSchema)
    .query(({ ctx, input }) => ctx.services.drafts.draft(ctx.inUnitOfWork, assistantFeature, input)),
});
