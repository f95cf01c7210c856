import type { Permission } from '../../../shared/permissions';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { HubApi, OpenHub } from './context';
import type { ModuleKey } from './module';
import type { Session } from './session-store';
import { t, type Access, type WorkKind } from './trpc';

/**
 * The middleware chain every procedure goes through, in this order:
 *   open store → session (who) → permission (may they) → the module's services → one unit of
 *   work around the handler (reads and writes), with its audit rows in the same transaction.
 * A module's router takes its builders from `moduleProcedures(itsKey)`.
 */

/** Who may call: a permission, or any signed-in user. */
export type AccessRule = Permission | 'signed-in';

function accessOf(rule: AccessRule): Access {
  return rule === 'signed-in' ? { kind: 'signed-in' } : { kind: 'permission', permission: rule };
}

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

function isGranted(ctx: { hub: HubApi; open: OpenHub; session: Session }, permission: Permission): Promise<boolean> {
  return ctx.hub.sessions.permissionsOf(ctx.session, (userId) => ctx.open.permissionsOf(userId)).then((granted) => granted.includes(permission));
}

/** For a handler whose input asks for more than its procedure's permission (a discount on an invoice): refuses with FORBIDDEN unless granted. */
export async function requireGranted(ctx: { hub: HubApi; open: OpenHub; session: Session }, permission: Permission): Promise<void> {
  if (!(await isGranted(ctx, permission))) throw new AppError('FORBIDDEN', { permission });
}

/** Rolls the transaction back when the handler failed. */
class RollBack extends Error {}

/** Runs the rest of the chain inside one unit of work, as the signed-in user (or no one, before sign-in). */
export const inUnitOfWork = t.middleware(async ({ ctx, next }) => {
  const open = ctx.hub.open();
  if (!open) throw new AppError('STORE_NOT_OPEN');
  const session = ctx.hub.sessions.find(ctx.connection.token);
  const handle = (uow: UnitOfWork) => next({ ctx: { uow } });
  let outcome: Awaited<ReturnType<typeof handle>> | undefined;
  try {
    await open.work.run(session?.actor ?? null, async (uow) => {
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
export function publicProcedure(work: WorkKind) {
  return t.procedure.meta({ access: { kind: 'public' }, work });
}

/** Works with the store open but without a session: sign-in itself. */
export function openStoreProcedure(work: WorkKind) {
  return publicProcedure(work).use(requireOpenStore);
}

/** A signed-in user whose screen is locked, or whose password is temporary, may still call these (unlock, sign out). */
export function lockedSessionProcedure(work: WorkKind) {
  return t.procedure
    .meta({ access: { kind: 'signed-in', allowLocked: true, allowTemporaryPassword: true }, work })
    .use(requireOpenStore)
    .use(requireSession);
}

/** A signed-in user whose password is temporary may still call these (change it, lock the screen). */
export function temporaryPasswordProcedure(work: WorkKind) {
  return t.procedure
    .meta({ access: { kind: 'signed-in', allowTemporaryPassword: true }, work })
    .use(requireOpenStore)
    .use(requireSession);
}

/** A signed-in, unlocked user who holds the permission (or anyone signed in, for 'signed-in'). */
export function permittedProcedure(rule: AccessRule, work: WorkKind) {
  return t.procedure
    .meta({ access: accessOf(rule), work })
    .use(requireOpenStore)
    .use(requireSession)
    .use(async ({ ctx, next }) => {
      if (rule !== 'signed-in' && !(await isGranted(ctx, rule))) throw new AppError('FORBIDDEN', { permission: rule });
      return next();
    });
}

/**
 * The builders of one module's procedures: each hands the handler the module's own services
 * (`ctx.services`). `read` and `write` run the handler in one unit of work (`ctx.uow`); `staged`
 * gives it `ctx.inUnitOfWork` for short units of work around slow outside work; `stream` is for
 * subscriptions, and ends when the caller's session ends.
 */
export function moduleProcedures<S>(key: ModuleKey<S>) {
  const permitted = (rule: AccessRule, work: WorkKind) =>
    permittedProcedure(rule, work).use(({ ctx, next }) => next({ ctx: { services: ctx.open.services.of(key) } }));
  return {
    read: (rule: AccessRule) => permitted(rule, 'read').use(inUnitOfWork),
    write: (rule: AccessRule) => permitted(rule, 'write').use(inUnitOfWork),
    staged: (rule: AccessRule) =>
      permitted(rule, 'staged').use(({ ctx, next }) =>
        next({ ctx: { inUnitOfWork: <T>(work: (uow: UnitOfWork) => Promise<T>) => ctx.open.work.run(ctx.session.actor, work) } }),
      ),
    stream: (rule: AccessRule) => permitted(rule, 'stream'),
    /** Answers from the session or connection alone: the store is not touched. */
    session: (rule: AccessRule) => permitted(rule, 'session'),
  };
}

/** The signal a subscription ends on: the client leaving, or its session ending (sign-out, disabled, password reset). */
export function untilSessionEnds(session: Session, signal: AbortSignal | undefined): AbortSignal {
  return signal ? AbortSignal.any([signal, session.ended]) : session.ended;
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
      if (!(await isGranted(ctx, permission))) return;
      yield value;
    }
  } finally {
    stopped.abort();
  }
}

/** Work the hub does for itself, not for a signed-in user: reading settings, resolving permissions. */
export function runAsSystem<T>(open: OpenHub, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return open.work.run(null, work);
}
