import { accountStatementInputSchema, ledgerRangeInputSchema } from '../../../shared/schemas/ledger';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { ledgerKey } from './key';

const { read } = moduleProcedures(ledgerKey);

/** The books, for whoever looks after the clinic's money (finance.view); nothing here writes: entries are posted by what they record. */
export const ledgerRouter = t.router({
  accounts: read('finance.view').query(({ ctx }) => ctx.services.reports.accounts(ctx.uow)),

  trialBalance: read('finance.view')
    .input(ledgerRangeInputSchema)
    .query(({ ctx, input }) => ctx.services.reports.trialBalance(ctx.uow, input)),

  dayBook: read('finance.view')
    .input(ledgerRangeInputSchema)
    .query(({ ctx, input }) => ctx.services.reports.dayBook(ctx.uow, input)),

  accountStatement: read('finance.view')
    .input(accountStatementInputSchema)
    .query(({ ctx, input }) => ctx.services.reports.statement(ctx.uow, input)),
});
