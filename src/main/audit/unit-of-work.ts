import type { EntityManager } from 'typeorm';
import type { Actor, AuditEvent, AuditLog } from './audit-log';

/**
 * What a service method receives for one API call: the transaction's EntityManager, who is
 * acting, one clock reading, and an audit trail that writes into the same transaction.
 */
export class UnitOfWork {
  readonly now: Date;
  private readonly changed = new Set<string>();

  constructor(
    readonly db: EntityManager,
    private currentActor: Actor | null,
    private readonly auditLog: AuditLog,
    now: Date = new Date(),
  ) {
    this.now = now;
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
    await this.auditLog.append(this.db, this.now, this.currentActor, event);
  }

  /** The kinds of record this unit of work changed, for live screens to refresh. */
  changedEntities(): string[] {
    return [...this.changed];
  }

  /**
   * Records that patient data was read, by whom. A read changes nothing, so no live screen
   * hears of it; it reaches the chain with the next batch of reads (see ReadBuffer).
   */
  async auditRead(event: AuditEvent): Promise<void> {
    await this.auditLog.appendRead(this.db, this.now, this.currentActor, event);
  }
}
