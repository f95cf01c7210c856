import { adminRecoveryInputSchema, changePasswordInputSchema, loginInputSchema, setPinInputSchema, unlockInputSchema } from '../../../shared/schemas/auth';
import type { LoginResult, SessionInfo } from '../../../shared/schemas/auth';
import { lockedSessionProcedure, openStoreProcedure, permittedProcedure, publicProcedure, runAsSystem, temporaryPasswordProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { authKey } from './key';
import { resetAdminWithRecoveryCode } from './recovery-reset';
import { changePassword, setPin, unlockSession } from './session-secrets';
import { secretOf, signIn } from './sign-in';

// No procedure here runs inside one unit of work: argon2 must never hold the store's queue.
export const authRouter = t.router({
  login: openStoreProcedure('staged')
    .input(loginInputSchema)
    .mutation(({ ctx, input }): Promise<LoginResult> => signIn(ctx, ctx.open.services.of(authKey), input)),

  /** Who is signed in on this connection, or null. Never fails, so the login screen can ask freely. */
  session: publicProcedure('read').query(async ({ ctx }): Promise<SessionInfo | null> => {
    const open = ctx.hub.open();
    const session = ctx.hub.sessions.find(ctx.connection.token);
    if (!open || !session) return null;
    const user = await runAsSystem(open, (uow) => open.services.of(authKey).auth.sessionUser(uow, session.userId));
    return { user, locked: session.locked, idleLockMinutes: ctx.hub.sessions.idleLockMinutes };
  }),

  logout: lockedSessionProcedure('session').mutation(({ ctx }) => {
    if (ctx.connection.token) ctx.hub.sessions.revoke(ctx.connection.token);
    ctx.connection.token = null;
  }),

  lock: temporaryPasswordProcedure('session').mutation(({ ctx }) => {
    ctx.hub.sessions.lock(ctx.session);
  }),

  unlock: lockedSessionProcedure('staged')
    .input(unlockInputSchema)
    .mutation(({ ctx, input }) => unlockSession(ctx, ctx.open.services.of(authKey), secretOf(input))),

  changePassword: temporaryPasswordProcedure('staged')
    .input(changePasswordInputSchema)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.open.services.of(authKey), input.currentPassword, input.newPassword)),

  setPin: permittedProcedure('signed-in', 'staged')
    .input(setPinInputSchema)
    .mutation(({ ctx, input }) => setPin(ctx, ctx.open.services.of(authKey), input.currentPassword, input.pin)),

  /** An admin who forgot the password gets back in with the recovery code; throttled by source. */
  resetAdminWithRecoveryCode: openStoreProcedure('staged')
    .input(adminRecoveryInputSchema)
    .mutation(({ ctx, input }) => resetAdminWithRecoveryCode(ctx, ctx.open.services.of(authKey), input)),
});
