import { spreadsheetCsv } from '../../../shared/spreadsheet-csv';
import { doctorFeeRuleSchema, doctorFeeStatementInputSchema } from '../../../shared/schemas/doctor-fees';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { doctorFeesKey } from './key';

const { read, write } = moduleProcedures(doctorFeesKey);

/** What the clinic pays its doctors is finance's business: finance.view reads it, billing.adjust sets the rules. */
export const doctorFeesRouter = t.router({
  rules: read('finance.view').query(({ ctx }) => ctx.services.doctorFees.rules(ctx.uow)),

  saveRule: write('billing.adjust')
    .input(doctorFeeRuleSchema)
    .mutation(({ ctx, input }) => ctx.services.doctorFees.saveRule(ctx.uow, input)),

  statement: read('finance.view')
    .input(doctorFeeStatementInputSchema)
    .query(({ ctx, input }) => ctx.services.doctorFees.statement(ctx.uow, input)),

  /** The statement's invoice rows as a spreadsheet for the clinic's accountant. */
  statementCsv: read('finance.view')
    .input(doctorFeeStatementInputSchema)
    .query(async ({ ctx, input }) => {
      const statement = await ctx.services.doctorFees.statement(ctx.uow, input);
      const money = (sen: number) => (sen / 100).toFixed(2);
      const rows = [
        ['Date', 'Invoice', 'Amount after discount (MYR)', 'Doctor share (MYR)'],
        ...statement.invoices.map((row) => [row.clinicDate, row.invoiceNo, money(row.netSen), money(row.shareSen)]),
        ['', `Fixed: ${statement.visits} visits`, '', money(statement.fixedSen)],
        ['', 'Total', '', money(statement.totalSen)],
      ];
      return { fileName: `doctor-fees-${statement.doctorName.replace(/[^A-Za-z0-9]+/g, '-')}-${statement.from}-${statement.to}.csv`, csv: spreadsheetCsv(rows) };
    }),
});
