import { auditListInputSchema } from '../../../shared/schemas/audit';
import { permittedProcedure, inUnitOfWork } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';

export const auditRouter = t.router({
  list: permittedProcedure('audit.view', 'read')
    .input(auditListInputSchema)
    .use(inUnitOfWork)
    .query(async ({ ctx, input }) => {
      // Reads still waiting for their batch belong in what the admin sees.
      await ctx.open.auditLog.appendBufferedReads(ctx.uow.db);
      return ctx.open.auditLog.list(ctx.uow.db, input);
    }),

  /** The whole chain against its anchor, a page per transaction so the clinic keeps working meanwhile. */
  verify: permittedProcedure('audit.view', 'staged').query(({ ctx }) => ctx.open.auditGuard.verify('manual')),

  /** For the banner every screen of an admin shows when a check of the chain failed. */
  health: permittedProcedure('audit.view', 'session').query(({ ctx }) => ctx.open.auditGuard.health()),
});
