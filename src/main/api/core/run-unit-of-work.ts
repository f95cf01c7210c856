import type { Actor } from '../../audit/audit-log';
import { UnitOfWork } from '../../audit/unit-of-work';
import type { HubApi, OpenHub } from './context';

/**
 * One transaction with its audit rows, acting as `actor`; once it commits, live screens hear
 * which kinds of record it changed. A thrown error rolls it all back and tells no one.
 */
export async function runUnitOfWork<T>(hub: Pick<HubApi, 'events' | 'now'>, open: OpenHub, actor: Actor | null, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  let changed: string[] = [];
  const result = await open.store.transaction(async (db) => {
    const uow = new UnitOfWork(db, actor, open.auditLog, hub.now());
    const value = await work(uow);
    changed = uow.changedEntities();
    return value;
  });
  if (changed.length > 0) hub.events.emit('changed', { entities: changed });
  return result;
}

/**
 * A unit of work as a procedure's signed-in user, for procedures that work outside one: slow
 * steps (printing, password hashing) run between short units of work, never inside one.
 */
export function runAsSessionUser<T>(ctx: { hub: Pick<HubApi, 'events' | 'now'>; open: OpenHub; session: { actor: Actor } }, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return runUnitOfWork(ctx.hub, ctx.open, ctx.session.actor, work);
}
