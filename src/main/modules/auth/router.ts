import { changePasswordInputSchema, loginInputSchema, setPinInputSchema, unlockInputSchema } from '../../../shared/schemas/auth';
import type { LoginResult, SessionInfo } from '../../../shared/schemas/auth';
import { inUnitOfWork, lockedSessionProcedure, openStoreProcedure, publicProcedure, signedInProcedure } from '../../api/procedures';
import { t } from '../../api/trpc';
import { AppError } from '../../errors/app-error';
import { runAsSystem } from '../../api/run-as-system';

export const authRouter = t.router({
  login: openStoreProcedure
    .input(loginInputSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }): Promise<LoginResult> => {
      const secret = 'pin' in input ? { pin: input.pin } : { password: input.password };
      const user = await ctx.services.auth.login(ctx.uow, input.username, secret);
      if (ctx.connection.token) ctx.hub.sessions.revoke(ctx.connection.token);
      const session = ctx.hub.sessions.create({ userId: user.id, name: user.displayName });
      ctx.connection.token = session.token;
      return { token: session.token, user, idleLockMinutes: ctx.hub.sessions.idleLockMinutes };
    }),

  /** Who is signed in on this connection, or null. Never fails, so the login screen can ask freely. */
  session: publicProcedure.query(async ({ ctx }): Promise<SessionInfo | null> => {
    const open = ctx.hub.open();
    const session = ctx.hub.sessions.find(ctx.connection.token);
    if (!open || !session) return null;
    const user = await runAsSystem(open, (uow) => open.services.auth.sessionUser(uow, session.userId));
    return { user, locked: session.locked, idleLockMinutes: ctx.hub.sessions.idleLockMinutes };
  }),

  logout: lockedSessionProcedure.mutation(({ ctx }) => {
    if (ctx.connection.token) ctx.hub.sessions.revoke(ctx.connection.token);
    ctx.connection.token = null;
  }),

  lock: signedInProcedure.mutation(({ ctx }) => {
    ctx.hub.sessions.lock(ctx.session);
  }),

  unlock: lockedSessionProcedure
    .input(unlockInputSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }) => {
      const secret = 'pin' in input ? { pin: input.pin } : { password: input.password };
      try {
        await ctx.services.auth.unlock(ctx.uow, ctx.session.userId, secret);
      } catch (error) {
        // Locked out while unlocking: the session ends, the next person signs in afresh.
        if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') ctx.hub.sessions.revoke(ctx.session.token);
        throw error;
      }
      ctx.hub.sessions.unlock(ctx.session);
    }),

  changePassword: signedInProcedure
    .input(changePasswordInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.auth.changePassword(ctx.uow, ctx.session.userId, input.currentPassword, input.newPassword)),

  setPin: signedInProcedure
    .input(setPinInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.auth.setPin(ctx.uow, ctx.session.userId, input.currentPassword, input.pin)),
});
