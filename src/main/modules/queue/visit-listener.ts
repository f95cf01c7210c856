import type { VisitStatus } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../audit/unit-of-work';

/**
 * Told about a visit's progress inside the queue's own transaction, so other modules (the
 * appointment a visit came from) keep in step without the queue knowing them: the hub hands
 * the queue its listeners. A listener that throws rolls the queue action back.
 */
export interface VisitListener {
  /** A ticket of the visit was called (its first call, or the first call in another room). */
  visitCalled(uow: UnitOfWork, visitId: string): Promise<void>;
  /** No ticket of the visit is open any more: it ended done or as a no-show. */
  visitClosed(uow: UnitOfWork, visitId: string, status: Exclude<VisitStatus, 'open'>): Promise<void>;
}
