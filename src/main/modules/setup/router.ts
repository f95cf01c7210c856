import { findBackupsInputSchema, initialiseInputSchema, recoverInputSchema, restoreOnNewPcInputSchema } from '../../../shared/schemas/setup';
import { publicProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import type { SetupStatus } from '../../../shared/schemas/setup';
import type { HubApi } from '../../api/core/context';
import { AppError } from '../../errors/app-error';
import { isOnThisPc } from './local-caller';

/**
 * Set-up, recovery and restoring onto a new PC run before anyone can sign in, and name files on
 * the hub PC: only a caller at that PC may call them (its browser on loopback, an SSH tunnel to
 * it, or the desktop window). A hub listening on the LAN for TVs does not set itself up for
 * whoever reaches it first.
 */
const onThisPcProcedure = publicProcedure('lifecycle').use(({ ctx, next }) => {
  if (!isOnThisPc(ctx.connection.peer)) throw new AppError('SETUP_ONLY_ON_HUB_PC');
  return next();
});

/**
 * The status now, then again whenever the store is opened or replaced: a window waiting for the
 * recovery code moves on when someone types it at another. Listening starts before the first
 * status is read, so an opening meanwhile is not missed.
 */
async function* statusChanges(hub: HubApi, signal: AbortSignal | undefined): AsyncGenerator<SetupStatus> {
  const resets = hub.events.stream('reset', signal);
  let next = resets.next();
  try {
    yield await hub.status();
    for (let reset = await next; !reset.done; reset = await next) {
      next = resets.next();
      yield await hub.status();
    }
  } finally {
    void resets.return(undefined);
  }
}

/** First run, recovery with the recovery code, and restoring a backup onto a new PC. */
export const setupRouter = t.router({
  status: publicProcedure('lifecycle').query(({ ctx }) => ctx.hub.status()),
  statusChanges: publicProcedure('stream').subscription(({ ctx, signal }) => statusChanges(ctx.hub, signal)),
  initialise: onThisPcProcedure.input(initialiseInputSchema).mutation(({ ctx, input }) => ctx.hub.initialise(input)),
  recover: onThisPcProcedure.input(recoverInputSchema).mutation(({ ctx, input }) => ctx.hub.recover(input.recoveryCode)),
  findBackups: onThisPcProcedure.input(findBackupsInputSchema).query(({ ctx, input }) => ctx.hub.findBackups(input.folder)),
  restoreOnNewPc: onThisPcProcedure
    .input(restoreOnNewPcInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.restoreOnNewPc(input.backupFile, input.recoveryCode)),
});
