import {
  checkInInputSchema,
  entryIdInputSchema,
  jumpInputSchema,
  roomIdInputSchema,
  saveRoomInputSchema,
  skipInputSchema,
  transferInputSchema,
} from '../../../shared/schemas/queue';
import { inUnitOfWork, permittedProcedure, whilePermitted } from '../../api/core/procedures';
import { runAsSystem } from '../../api/core/run-as-system';
import { t } from '../../api/core/trpc';
import { strandedAnswer } from '../appointments/stranded-answer';
import { boardUpdates } from './queue-board';
import { printTicket, ticketPdf } from './ticket-procedures';
import { visitsForPatient } from './visit-history';

const roomsRouter = t.router({
  list: permittedProcedure('clinic.view')
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.rooms.list(ctx.uow)),

  save: permittedProcedure('clinic.manage')
    .input(saveRoomInputSchema)
    .use(inUnitOfWork)
    // A retired room strands the appointments booked in it: the answer counts them, and lists them for a caller who may move them.
    .mutation(async ({ ctx, input }) => {
      const room = await ctx.services.rooms.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, room, await ctx.services.appointments.stranded.inRoom(ctx.uow, room.id));
    }),
});

export const queueRouter = t.router({
  rooms: roomsRouter,

  checkIn: permittedProcedure('queue.operate')
    .input(checkInInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.checkIn(ctx.uow, input)),

  list: permittedProcedure('patients.view')
    .input(roomIdInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.queue.list(ctx.uow, input.roomId)),

  callNext: permittedProcedure('queue.operate')
    .input(roomIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.callNext(ctx.uow, input.roomId)),

  recall: permittedProcedure('queue.operate')
    .input(roomIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.recall(ctx.uow, input.roomId)),

  skip: permittedProcedure('queue.operate')
    .input(skipInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.skip(ctx.uow, input.entryId, input.returnAfter)),

  noShow: permittedProcedure('queue.operate')
    .input(entryIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.noShow(ctx.uow, input.entryId)),

  transfer: permittedProcedure('queue.operate')
    .input(transferInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.transfer(ctx.uow, input.entryId, input.toRoomId)),

  complete: permittedProcedure('queue.operate')
    .input(entryIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.complete(ctx.uow, input.entryId)),

  jump: permittedProcedure('queue.operate')
    .input(jumpInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.queue.jump(ctx.uow, input.entryId, input.reason)),

  printTicket,
  ticketPdf,
  visitsForPatient,

  /** The waiting-room board for signed-in screens (a second window of the desktop app), until the user may no longer see it. */
  board: permittedProcedure('queue.operate').subscription(({ ctx, signal }) =>
    whilePermitted(ctx, 'queue.operate', signal, (until) =>
      boardUpdates(ctx.hub.events, until, () => runAsSystem(ctx.open, (uow) => ctx.open.services.queue.board(uow), ctx.hub.now())),
    ),
  ),
});
