import type { EntityManager } from 'typeorm';
import type { ChangedEntity } from '../../shared/changed-entities';
import type { Actor, AuditEvent, AuditLog } from '../audit/audit-log';
import type { ClinicClock } from './clinic-clock';
import type { DomainEventMap, DomainEventName } from './domain-event-map';
import type { DomainEventBus } from './domain-events';

/** What a unit of work hands on to whoever runs it, once its transaction has committed. */
export interface CommittedWork {
  changed: ChangedEntity[];
  effects: Array<() => Promise<void> | void>;
}

/**
 * What a service method receives for one API call: the transaction's EntityManager, who is
 * acting, one clock reading in the clinic's time zone, an audit trail that writes into the same
 * transaction, and the domain events other modules react to in it.
 */
export class UnitOfWork {
  private readonly changed = new Set<ChangedEntity>();
  private readonly effects: CommittedWork['effects'] = [];
  private audited = 0;

  constructor(
    readonly db: EntityManager,
    private currentActor: Actor | null,
    private readonly auditLog: AuditLog,
    readonly clock: ClinicClock,
    private readonly events: DomainEventBus,
  ) {}

  /** The instant this unit of work happens at: one reading for all it writes. */
  get now(): Date {
    return this.clock.now;
  }

  get actor(): Actor | null {
    return this.currentActor;
  }

  /** Sign-in is the one unit of work whose actor is only known halfway through. */
  actAs(actor: Actor): void {
    this.currentActor = actor;
  }

  /** Records a change: which record, and what it looked like before and after. */
  async audit(event: AuditEvent): Promise<void> {
    this.changed.add(event.entity);
    this.audited += 1;
    await this.auditLog.append(this.db, this.now, this.currentActor, event);
  }

  /**
   * Records that patient data was read, by whom. A read changes nothing, so no live screen
   * hears of it; it reaches the chain with the next batch of reads (see ReadBuffer).
   */
  async auditRead(event: AuditEvent): Promise<void> {
    await this.auditLog.appendRead(this.db, this.now, this.currentActor, event);
  }

  /** Tells the modules that listen; they act in this same transaction. */
  raise<K extends DomainEventName>(event: K, payload: DomainEventMap[K]): Promise<void> {
    return this.events.raise(this, event, payload);
  }

  /** Something to do outside the store once this unit of work has committed, never if it rolls back. */
  afterCommit(effect: () => Promise<void> | void): void {
    this.effects.push(effect);
  }

  /** How many change rows this unit of work wrote (reads not counted). */
  get auditedChanges(): number {
    return this.audited;
  }

  /** For the runner, after commit: the kinds of record changed and the effects to run. */
  committed(): CommittedWork {
    return { changed: [...this.changed], effects: [...this.effects] };
  }
}
