import type { Permission } from '../../../shared/permissions';
import type { UnitOfWork } from '../../audit/unit-of-work';
import type { Session } from './session-store';
import { AppError } from '../../errors/app-error';
import type { HubApi, OpenHub } from './context';
import { runAsSystem } from './run-as-system';
import { runUnitOfWork } from './run-unit-of-work';
import { t } from './trpc';

/**
 * The middleware chain every procedure goes through, in this order:
 *   open store → session (who) → permission (may they) → zod input → one transaction
 *   around the handler, with its audit rows written inside the same transaction.
 */

const requireOpenStore = t.middleware(({ ctx, next }) => {
  const open = ctx.hub.open();
  if (!open) throw new AppError('STORE_NOT_OPEN');
  return next({ ctx: { open } });
});

const requireSession = t.middleware(({ ctx, meta, next }) => {
  const session = ctx.hub.sessions.find(ctx.connection.token);
  if (!session) throw new AppError('NOT_SIGNED_IN');
  const access = meta?.access.kind === 'signed-in' ? meta.access : null;
  if (session.locked && !access?.allowLocked) throw new AppError('SESSION_LOCKED');
  // Whoever set a temporary password knows it: nothing else runs until its user replaces it.
  if (session.mustChangePassword && !access?.allowTemporaryPassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (!session.locked) ctx.hub.sessions.touch(session);
  return next({ ctx: { session } });
});

function permissionsFromStore(open: OpenHub, userId: string): Promise<Permission[]> {
  return runAsSystem(open, (uow) => open.services.users.permissionsOf(uow, userId));
}

/** Rolls the transaction back when the handler failed. */
class RollBack extends Error {}

export const inUnitOfWork = t.middleware(async ({ ctx, next }) => {
  const open = ctx.hub.open();
  if (!open) throw new AppError('STORE_NOT_OPEN');
  const session = ctx.hub.sessions.find(ctx.connection.token);
  const handle = (uow: UnitOfWork) => next({ ctx: { uow, services: open.services } });
  let outcome: Awaited<ReturnType<typeof handle>> | undefined;
  try {
    await runUnitOfWork(ctx.hub, open, session?.actor ?? null, async (uow) => {
      outcome = await handle(uow);
      if (!outcome.ok) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (!outcome) throw new AppError('INTERNAL');
  return outcome;
});

/** Works before anyone signs in, even before the store exists (set-up, recovery). */
export const publicProcedure = t.procedure.meta({ access: { kind: 'public' } });

/** Works with the store open but without a session: sign-in itself. */
export const openStoreProcedure = publicProcedure.use(requireOpenStore);

/** Any signed-in, unlocked user. */
export const signedInProcedure = t.procedure.meta({ access: { kind: 'signed-in' } }).use(requireOpenStore).use(requireSession);

/** A signed-in user whose screen is locked, or whose password is temporary, may still call these (unlock, sign out). */
export const lockedSessionProcedure = t.procedure
  .meta({ access: { kind: 'signed-in', allowLocked: true, allowTemporaryPassword: true } })
  .use(requireOpenStore)
  .use(requireSession);

/** A signed-in user whose password is temporary may still call these (change it, lock the screen). */
export const temporaryPasswordProcedure = t.procedure
  .meta({ access: { kind: 'signed-in', allowTemporaryPassword: true } })
  .use(requireOpenStore)
  .use(requireSession);

/** The signal a subscription ends on: the client leaving, or its session ending (sign-out, disabled, password reset). */
export function untilSessionEnds(session: Session, signal: AbortSignal | undefined): AbortSignal {
  return signal ? AbortSignal.any([signal, session.ended]) : session.ended;
}

/** A signed-in user whose roles grant the permission. */
export function permittedProcedure(permission: Permission) {
  return t.procedure
    .meta({ access: { kind: 'permission', permission } })
    .use(requireOpenStore)
    .use(requireSession)
    .use(async ({ ctx, next }) => {
      const granted = await ctx.hub.sessions.permissionsOf(ctx.session, (userId) => permissionsFromStore(ctx.open, userId));
      if (!granted.includes(permission)) throw new AppError('FORBIDDEN', { permission });
      return next();
    });
}

/**
 * A permitted subscription's stream, which ends when the session ends or, at its next update,
 * once the user's roles no longer grant the permission.
 */
export async function* whilePermitted<T>(
  ctx: { hub: HubApi; open: OpenHub; session: Session },
  permission: Permission,
  signal: AbortSignal | undefined,
  stream: (signal: AbortSignal) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const stopped = new AbortController();
  try {
    for await (const value of stream(AbortSignal.any([untilSessionEnds(ctx.session, signal), stopped.signal]))) {
      const granted = await ctx.hub.sessions.permissionsOf(ctx.session, (userId) => permissionsFromStore(ctx.open, userId));
      if (!granted.includes(permission)) return;
      yield value;
    }
  } finally {
    stopped.abort();
  }
}
