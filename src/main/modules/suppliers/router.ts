import { saveSupplierInputSchema } from '../../../shared/schemas/purchasing';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { suppliersKey } from './key';

const { read, write } = moduleProcedures(suppliersKey);

// stock.manage: whoever orders and receives goods keeps the supplier list; admins hold it too.
export const suppliersRouter = t.router({
  list: read('stock.manage').query(({ ctx }) => ctx.services.suppliers.list(ctx.uow)),

  save: write('stock.manage')
    .input(saveSupplierInputSchema)
    .mutation(({ ctx, input }) => ctx.services.suppliers.save(ctx.uow, input)),
});
