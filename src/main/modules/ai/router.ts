import { interactionsInputSchema, monthInputSchema, redactInputSchema, setAiKeyInputSchema, setAiOutcomeInputSchema } from '../../../shared/schemas/ai';
import { AiFailure } from '../../ai/provider';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { aiKey } from './key';
import { triageRouter } from './triage-router';
import { notesRouter } from './notes-router';
import { lettersRouter } from './letters-router';
import { labsRouter } from './labs-router';
import { summaryRouter } from './summary-router';
import { assistantRouter } from './assistant-router';

const { read, write, staged } = moduleProcedures(aiKey);

/** The AI platform: anyone signed in may ask whether AI is on; the clinic manager sets it up; the log is the auditor's. */
export const aiRouter = t.router({
  triage: triageRouter,
  notes: notesRouter,
  letters: lettersRouter,
  labs: labsRouter,
  summary: summaryRouter,
  assistant: assistantRouter,

  status: read('signed-in').query(({ ctx }) => ctx.services.connection.status(ctx.uow)),

  keyStored: read('clinic.view').query(({ ctx }) => ctx.services.connection.keyStored()),

  setKey: write('clinic.manage')
    .input(setAiKeyInputSchema)
    .mutation(({ ctx, input }) => ctx.services.connection.setKey(ctx.uow, input)),

  clearKey: write('clinic.manage').mutation(({ ctx }) => ctx.services.connection.clearKey(ctx.uow)),

  /** Asks the server for its models, outside any transaction: it may be slow or down. Works before AI is switched on. */
  testConnection: staged('clinic.manage').mutation(async ({ ctx }) => {
    const connection = ctx.services.connection;
    const open = await ctx.inUnitOfWork(async (uow) => {
      try {
        return await connection.open(uow, { evenIfOff: true });
      } catch (error) {
        if (error instanceof AiFailure) return error;
        throw error;
      }
    });
    return connection.test(open);
  }),

  /** What would be sent for this text about this patient: the redaction alone, no model involved. */
  redact: read('clinical.view')
    .input(redactInputSchema)
    .query(({ ctx, input }) => ctx.services.requests.preview(ctx.uow, input)),

  interactions: read('audit.view')
    .input(interactionsInputSchema)
    .query(({ ctx, input }) => ctx.services.log.list(ctx.uow, input)),

  usage: read('audit.view')
    .input(monthInputSchema)
    .query(({ ctx, input }) => ctx.services.log.usage(ctx.uow, input)),

  /** The asking user's verdict on a draft they were shown. */
  setOutcome: write('signed-in')
    .input(setAiOutcomeInputSchema)
    .mutation(async ({ ctx, input }) => {
      const record = await ctx.services.log.setOutcome(ctx.uow, input);
      return { id: record.id, outcome: record.outcome };
    }),
});
