import type { VisitStatus } from '../../shared/schemas/queue';

/**
 * Every domain event a module may raise, with its payload: the one list of what one module can
 * tell another inside a unit of work. Raised events run their listeners in the same transaction,
 * so a listener that throws rolls the whole change back. Payloads carry ids, never patient data.
 */
export interface DomainEventMap {
  /** A ticket of the visit was called: its first call, or the first call in another room. */
  'visit.called': { visitId: string };
  /** No ticket of the visit is open any more: it ended done or as a no-show. */
  'visit.closed': { visitId: string; status: Exclude<VisitStatus, 'open'> };
  /** A closed visit is open again: its no-show was taken back within the undo window. */
  'visit.reopened': { visitId: string };
  /** The doctor signed the visit's note and handed it on: to the dispensary, the cashier, or nowhere (it ended). */
  'visit.finished': { visitId: string; handedTo: 'pharmacy' | 'payment' | null };
  /** The dispensary handed medicines over (a visit's prescription, or a sale without one); its charge lines are written. */
  'medicines.dispensed': { dispensingId: string; visitId: string | null };
}

export type DomainEventName = keyof DomainEventMap;
