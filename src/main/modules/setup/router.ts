import { findBackupsInputSchema, initialiseInputSchema, recoverInputSchema, restoreOnNewPcInputSchema } from '../../../shared/schemas/setup';
import { publicProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
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

/** First run, recovery with the recovery code, and restoring a backup onto a new PC. */
export const setupRouter = t.router({
  status: publicProcedure('lifecycle').query(({ ctx }) => ctx.hub.status()),
  initialise: onThisPcProcedure.input(initialiseInputSchema).mutation(({ ctx, input }) => ctx.hub.initialise(input)),
  recover: onThisPcProcedure.input(recoverInputSchema).mutation(({ ctx, input }) => ctx.hub.recover(input.recoveryCode)),
  findBackups: onThisPcProcedure.input(findBackupsInputSchema).query(({ ctx, input }) => ctx.hub.findBackups(input.folder)),
  restoreOnNewPc: onThisPcProcedure
    .input(restoreOnNewPcInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.restoreOnNewPc(input.backupFile, input.recoveryCode)),
});
