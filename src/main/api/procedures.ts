import type { Permission } from '../../shared/permissions';
import type { UnitOfWork } from '../audit/unit-of-work';
import { AppError } from '../errors/app-error';
import type { OpenHub } from './context';
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
  const allowLocked = meta?.access.kind === 'signed-in' && meta.access.allowLocked === true;
  if (session.locked && !allowLocked) throw new AppError('SESSION_LOCKED');
  if (!session.locked) ctx.hub.sessions.touch(session);
  return next({ ctx: { session } });
});

function permissionsFromStore(open: OpenHub, userId: string): Promise<Permission[]> {
  return runAsSystem(open, (uow) => open.services.users.permissionsOf(uow, userId));
}

/** Rolls the transaction back when the handler failed, unless the error asks to keep its writes. */
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
      if (!outcome.ok && !(outcome.error.cause instanceof AppError && outcome.error.cause.options.keepWrites)) throw new RollBack();
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

/** A signed-in user whose screen is locked may still call these (unlock, sign out, who am I). */
export const lockedSessionProcedure = t.procedure
  .meta({ access: { kind: 'signed-in', allowLocked: true } })
  .use(requireOpenStore)
  .use(requireSession);

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
