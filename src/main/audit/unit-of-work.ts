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

  /** Records that a clinical record was read, by whom. */
  async auditRead(entity: string, entityId: string): Promise<void> {
    await this.auditLog.append(this.db, this.now, this.currentActor, { action: `${entity}.read`, entity, entityId });
  }
}
