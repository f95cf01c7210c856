import { savePanelInputSchema } from '../../../shared/schemas/panels';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';

export const panelsRouter = t.router({
  list: permittedProcedure('patients.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.panels.list(ctx.uow)),

  save: permittedProcedure('clinic.manage')
    .input(savePanelInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.panels.save(ctx.uow, input)),
});
