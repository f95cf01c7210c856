import { auditListInputSchema } from '../../../shared/schemas/audit';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditKey } from './key';

const { read, staged, session } = moduleProcedures(auditKey);

export const auditRouter = t.router({
  /** A page of the log, newest first, each entry with whom it is about. */
  list: read('audit.view')
    .input(auditListInputSchema)
    .query(async ({ ctx, input }) => {
      // Reads still waiting for their batch belong in what the admin sees.
      await ctx.open.auditLog.appendBufferedReads(ctx.uow.db);
      const entries = await ctx.open.auditLog.list(ctx.uow.db, input, input.patientId ? ctx.services.trail.trailOf(input.patientId) : undefined);
      return ctx.services.trail.describe(ctx.uow, entries);
    }),

  /** The people the "who" filter offers. */
  actors: read('audit.view').query(({ ctx }) => ctx.services.trail.actors(ctx.uow)),

  /** The whole chain against its anchor, a page per transaction so the clinic keeps working meanwhile. */
  verify: staged('audit.view').query(({ ctx }) => ctx.open.auditGuard.verify('manual')),

  /** For the banner every screen of an admin shows when a check of the chain failed. */
  health: session('audit.view').query(({ ctx }) => ctx.open.auditGuard.health()),
});
