import { savePanelInputSchema } from '../../../shared/schemas/panels';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { panelsKey } from './key';

const { read, write } = moduleProcedures(panelsKey);

export const panelsRouter = t.router({
  list: read('patients.view').query(({ ctx }) => ctx.services.panels.list(ctx.uow)),

  save: write('clinic.manage')
    .input(savePanelInputSchema)
    .mutation(({ ctx, input }) => ctx.services.panels.save(ctx.uow, input)),
});
