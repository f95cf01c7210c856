import type { DomainEventMap, DomainEventName } from './domain-event-map';
import type { UnitOfWork } from './unit-of-work';

export type DomainListener<K extends DomainEventName> = (uow: UnitOfWork, event: DomainEventMap[K]) => Promise<void>;

/** The listeners a module adds, by event. */
export type DomainListeners = { [K in DomainEventName]?: DomainListener<K> };

/**
 * Hands each raised event to every module that listens for it, in module order, inside the
 * raiser's transaction. Side effects outside the store (printing, the network) do not belong in
 * a listener: a listener registers them with `uow.afterCommit`.
 */
export class DomainEventBus {
  private readonly byEvent = new Map<DomainEventName, DomainListener<DomainEventName>[]>();

  /** Adds one module's listeners; the hub adds them in module order once the modules' services are built. */
  listen(listeners: DomainListeners): void {
    for (const [event, listener] of Object.entries(listeners) as [DomainEventName, DomainListener<DomainEventName>][]) {
      this.byEvent.set(event, [...(this.byEvent.get(event) ?? []), listener]);
    }
  }

  async raise<K extends DomainEventName>(uow: UnitOfWork, event: K, payload: DomainEventMap[K]): Promise<void> {
    for (const listener of this.byEvent.get(event) ?? []) await (listener as DomainListener<K>)(uow, payload);
  }
}
