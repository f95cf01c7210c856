import { visitTicketInputSchema } from '../../../shared/schemas/printer';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { runAsSessionUser } from '../../api/core/run-unit-of-work';

/*
 * Printing runs outside the usual one-transaction-per-call middleware, in two short units of
 * work (read, then audit) with the printer in between, so a slow or dead printer never holds
 * the store every other PC is waiting on.
 */

/** Prints the ticket on the receipt printer: read, print, then audit only what was printed. */
export const printTicket = permittedProcedure('queue.operate')
  .input(visitTicketInputSchema)
  .mutation(async ({ ctx, input }) => {
    const printing = ctx.open.services.ticketPrinting;
    const job = await runAsSessionUser(ctx, (uow) => printing.prepareTicket(uow, input.visitId));
    await printing.send(job);
    return runAsSessionUser(ctx, (uow) => printing.recordTicketPrint(uow, job));
  });

/** The ticket as a PDF, for the system printer. */
export const ticketPdf = permittedProcedure('queue.operate')
  .input(visitTicketInputSchema)
  .use(inUnitOfWork)
  .mutation(({ ctx, input }) => ctx.services.ticketPrinting.ticketPdf(ctx.uow, input.visitId));
