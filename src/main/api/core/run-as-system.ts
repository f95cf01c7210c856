import { UnitOfWork } from '../../audit/unit-of-work';
import type { OpenHub } from './context';

/** Work the hub does for itself, not for a signed-in user: reading settings, resolving permissions. */
export function runAsSystem<T>(open: OpenHub, work: (uow: UnitOfWork) => Promise<T>, now: Date = new Date()): Promise<T> {
  return open.store.transaction((db) => work(new UnitOfWork(db, null, open.auditLog, now)));
}
