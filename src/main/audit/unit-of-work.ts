import type { EntityManager } from 'typeorm';
import type { Actor, AuditEvent, AuditLog } from './audit-log';

/**
 * What a service method receives for one API call: the transaction's EntityManager, who is
 * acting, one clock reading, and an audit trail that writes into the same transaction.
 */
export class UnitOfWork {
  readonly now: Date;

  constructor(
    readonly db: EntityManager,
    readonly actor: Actor | null,
    private readonly auditLog: AuditLog,
    now: Date = new Date(),
  ) {
    this.now = now;
  }

  /** Records a change: which record, and what it looked like before and after. */
  async audit(event: AuditEvent): Promise<void> {
    await this.auditLog.append(this.db, this.now, this.actor, event);
  }

  /** Records that a clinical record was read, by whom. */
  async auditRead(entity: string, entityId: string): Promise<void> {
    await this.auditLog.append(this.db, this.now, this.actor, { action: `${entity}.read`, entity, entityId });
  }
}
