import { visitTicketInputSchema } from '../../../shared/schemas/printer';
import { moduleProcedures } from '../../api/core/procedures';
import { queueKey } from './key';

const { write, staged } = moduleProcedures(queueKey);

/**
 * Prints the ticket on the receipt printer in two short units of work (read, then audit only
 * what was printed) with the printer in between, so a slow or dead printer never holds the store
 * every other PC is waiting on.
 */
export const printTicket = staged('queue.operate')
  .input(visitTicketInputSchema)
  .mutation(async ({ ctx, input }) => {
    const printing = ctx.services.ticketPrinting;
    const job = await ctx.inUnitOfWork((uow) => printing.prepareTicket(uow, input.visitId));
    await printing.send(job);
    return ctx.inUnitOfWork((uow) => printing.recordTicketPrint(uow, job));
  });

/** The ticket as a PDF, for the system printer. */
export const ticketPdf = write('queue.operate')
  .input(visitTicketInputSchema)
  .mutation(({ ctx, input }) => ctx.services.ticketPrinting.ticketPdf(ctx.uow, input.visitId));
