import { saveRoomInputSchema } from '../../../shared/schemas/queue';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { roomsKey } from './key';

const { read, write } = moduleProcedures(roomsKey);

export const roomsRouter = t.router({
  list: read('clinic.view').query(({ ctx }) => ctx.services.rooms.list(ctx.uow)),

  // What a retired room leaves stranded is the appointments module's to say (appointments.strandedInRoom).
  save: write('clinic.manage')
    .input(saveRoomInputSchema)
    .mutation(({ ctx, input }) => ctx.services.rooms.save(ctx.uow, input)),
});
