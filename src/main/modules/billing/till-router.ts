import { z } from 'zod';
import { closeDayInputSchema, closeSessionInputSchema, openSessionInputSchema } from '../../../shared/schemas/till';
import { moduleProcedures, requireGranted } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { billingKey } from './key';

const { read, write, staged } = moduleProcedures(billingKey);

const dayInputSchema = z.object({ clinicDate: z.iso.date() });

/**
 * The till: a cashier opens and closes their own session (billing.operate); closing someone else's,
 * and closing the clinic day, is billing.adjust, as is the day's report with every void in it.
 */
export const tillRouter = t.router({
  mySession: read('billing.operate').query(({ ctx }) => ctx.services.sessions.mine(ctx.uow)),

  openSession: write('billing.operate')
    .input(openSessionInputSchema)
    .mutation(({ ctx, input }) => ctx.services.sessions.open(ctx.uow, input)),

  closeSession: write('billing.operate')
    .input(closeSessionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const session = await ctx.services.sessions.get(ctx.uow, input.sessionId);
      if (session.userId !== ctx.session.userId) await requireGranted(ctx, 'billing.adjust');
      return ctx.services.sessions.close(ctx.uow, input);
    }),

  sessionsOfDay: read('billing.adjust')
    .input(dayInputSchema)
    .query(({ ctx, input }) => ctx.services.sessions.ofDay(ctx.uow, input.clinicDate)),

  /** The day's Z report if it is closed, else what closing it now would record (visits still open included). */
  dayReport: read('billing.adjust')
    .input(dayInputSchema)
    .query(({ ctx, input }) => ctx.services.closing.report(ctx.uow, input.clinicDate)),

  closeDay: write('billing.adjust')
    .input(closeDayInputSchema)
    .mutation(({ ctx, input }) => ctx.services.closing.close(ctx.uow, input)),

  closedDays: read('billing.adjust').query(({ ctx }) => ctx.services.closing.closedDays(ctx.uow, 60)),

  printDayReport: staged('billing.adjust')
    .input(dayInputSchema)
    .mutation(async ({ ctx, input }) => {
      const job = await ctx.inUnitOfWork((uow) => ctx.services.zReports.prepare(uow, input.clinicDate));
      await ctx.services.zReports.send(job);
      return ctx.inUnitOfWork((uow) => ctx.services.zReports.recordPrint(uow, job));
    }),

  dayReportPdf: write('billing.adjust')
    .input(dayInputSchema)
    .mutation(({ ctx, input }) => ctx.services.zReports.pdf(ctx.uow, input.clinicDate)),
});
