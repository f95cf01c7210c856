import type { HubApi, OpenHub } from '../../api/core/context';
import type { Session } from '../../api/core/session-store';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { AuthService, Secret } from './auth-service';
import type { AuthServices } from './key';

interface SessionContext {
  hub: HubApi;
  open: OpenHub;
  session: Session;
}

type Purpose = 'unlock' | 'changePassword' | 'setPin';

function asSessionUser<T>(ctx: SessionContext, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return ctx.open.work.run(ctx.session.actor, work);
}

/**
 * Checks a secret a signed-in session gives, outside any store transaction: the try is counted
 * against the session first (never against the account), a wrong one is audited, and the
 * session is signed out once its tries are spent. Returns the hash that was checked.
 */
async function checkSessionSecret(ctx: SessionContext, auth: AuthService, secret: Secret, purpose: Purpose): Promise<string> {
  const check = ctx.hub.sessions.beginSecretCheck(ctx.session);
  const storedHash = await asSessionUser(ctx, (uow) => auth.storedHash(uow, ctx.session.userId, secret));
  const right = await auth.matches(storedHash, secret);
  if (!right || storedHash === null) {
    const attemptsLeft = check.wrong();
    await asSessionUser(ctx, (uow) => auth.recordWrongSecret(uow, purpose, attemptsLeft));
    throw new AppError('UNLOCK_FAILED', { attemptsLeft });
  }
  check.right();
  return storedHash;
}

/** The session's own user unlocks it: a right secret always does, whatever was guessed at the account elsewhere. */
export async function unlockSession(ctx: SessionContext, { auth }: AuthServices, secret: Secret): Promise<void> {
  await checkSessionSecret(ctx, auth, secret, 'unlock');
  await asSessionUser(ctx, (uow) => auth.recordUnlock(uow, ctx.session.userId));
  ctx.hub.sessions.unlock(ctx.session);
}

/** A new password of the user's own; every other window they have open is signed out. */
export async function changePassword(ctx: SessionContext, { auth }: AuthServices, currentPassword: string, newPassword: string): Promise<void> {
  const checkedHash = await checkSessionSecret(ctx, auth, { password: currentPassword }, 'changePassword');
  if (currentPassword === newPassword) throw new AppError('PASSWORD_TOO_WEAK', { reason: 'same' });
  const newHash = await auth.hash(newPassword);
  await asSessionUser(ctx, (uow) => auth.recordPasswordChange(uow, ctx.session.userId, checkedHash, newHash));
  ctx.hub.sessions.passwordChanged(ctx.session.userId);
  ctx.hub.sessions.revokeUser(ctx.session.userId, ctx.session);
}

export async function setPin(ctx: SessionContext, { auth }: AuthServices, currentPassword: string, pin: string): Promise<void> {
  const checkedHash = await checkSessionSecret(ctx, auth, { password: currentPassword }, 'setPin');
  const pinHash = await auth.hash(pin);
  await asSessionUser(ctx, (uow) => auth.recordPin(uow, ctx.session.userId, checkedHash, pinHash));
}
