import { z } from 'zod';
import { initialiseInputSchema, recoverInputSchema, restoreOnNewPcInputSchema } from '../../../shared/schemas/setup';
import { publicProcedure } from '../../api/procedures';
import { t } from '../../api/trpc';

/** First run, recovery with the recovery code, and restoring a backup onto a new PC. */
export const setupRouter = t.router({
  status: publicProcedure.query(({ ctx }) => ctx.hub.status()),
  initialise: publicProcedure.input(initialiseInputSchema).mutation(({ ctx, input }) => ctx.hub.initialise(input)),
  recover: publicProcedure.input(recoverInputSchema).mutation(({ ctx, input }) => ctx.hub.recover(input.recoveryCode)),
  findBackups: publicProcedure
    .input(z.object({ folder: z.string().trim().min(1).max(1000) }))
    .query(({ ctx, input }) => ctx.hub.findBackups(input.folder)),
  restoreOnNewPc: publicProcedure
    .input(restoreOnNewPcInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.restoreOnNewPc(input.backupFile, input.recoveryCode)),
});
