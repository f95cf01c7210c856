import { auditListInputSchema } from '../../../shared/schemas/audit';
import { inUnitOfWork, permittedProcedure } from '../../api/procedures';
import { t } from '../../api/trpc';

export const auditRouter = t.router({
  list: permittedProcedure('audit.view')
    .input(auditListInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.open.auditLog.list(ctx.uow.db, input)),

  verify: permittedProcedure('audit.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.open.auditLog.verify(ctx.uow.db)),
});
