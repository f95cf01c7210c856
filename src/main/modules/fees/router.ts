import { listFeesInputSchema, saveFeeInputSchema } from '../../../shared/schemas/fees';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { feesKey } from './key';

const { read, write } = moduleProcedures(feesKey);

// Everyone at the clinic may see what it charges; only a clinic manager changes it.
export const feesRouter = t.router({
  list: read('clinic.view')
    .input(listFeesInputSchema)
    .query(({ ctx, input }) => ctx.services.fees.list(ctx.uow, input.includeInactive)),

  save: write('clinic.manage')
    .input(saveFeeInputSchema)
    .mutation(({ ctx, input }) => ctx.services.fees.save(ctx.uow, input)),
});
