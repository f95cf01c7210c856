import { checkInInputSchema, entryIdInputSchema, jumpInputSchema, roomIdInputSchema, skipInputSchema, transferInputSchema, visitHistoryInputSchema } from '../../../shared/schemas/queue';
import { moduleProcedures, runAsSystem, whilePermitted } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { queueKey } from './key';
import { boardUpdates } from './queue-board';
import { printTicket, ticketPdf } from './ticket-procedures';
import { visitHistory } from './visit-history';

const { read, write, stream } = moduleProcedures(queueKey);

export const queueRouter = t.router({
  checkIn: write('queue.operate')
    .input(checkInInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.checkIn(ctx.uow, input)),

  list: read('patients.view')
    .input(roomIdInputSchema)
    .query(({ ctx, input }) => ctx.services.queue.list(ctx.uow, input.roomId)),

  callNext: write('queue.operate')
    .input(roomIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.callNext(ctx.uow, input.roomId)),

  recall: write('queue.operate')
    .input(roomIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.recall(ctx.uow, input.roomId)),

  skip: write('queue.operate')
    .input(skipInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.skip(ctx.uow, input.entryId, input.returnAfter)),

  noShow: write('queue.operate')
    .input(entryIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.noShow(ctx.uow, input.entryId)),

  transfer: write('queue.operate')
    .input(transferInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.transfer(ctx.uow, input.entryId, input.toRoomId)),

  undoNoShow: write('queue.operate')
    .input(entryIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.undoNoShow(ctx.uow, input.entryId)),

  complete: write('queue.operate')
    .input(entryIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.complete(ctx.uow, input.entryId)),

  jump: write('queue.operate')
    .input(jumpInputSchema)
    .mutation(({ ctx, input }) => ctx.services.queue.jump(ctx.uow, input.entryId, input.reason)),

  printTicket,
  ticketPdf,

  /**
   * A patient's visits, under the record's own permission since they are part of the chart, and
   * audited as a read of it (the same person's refetches within a minute count once).
   */
  visitsForPatient: read('patients.view')
    .input(visitHistoryInputSchema)
    .query(async ({ ctx, input }) => {
      const page = await visitHistory(ctx.uow, ctx.services.patients, input);
      await auditPatientRead(ctx.uow, 'visits', input.patientId);
      return page;
    }),

  /** The waiting-room board for signed-in screens (a second window of the desktop app), until the user may no longer see it. */
  board: stream('queue.operate').subscription(({ ctx, signal }) =>
    whilePermitted(ctx, 'queue.operate', signal, (until) => boardUpdates(ctx.hub.events, until, () => runAsSystem(ctx.open, (uow) => ctx.services.queue.board(uow)))),
  ),
});
