import type { EntityManager } from 'typeorm';
import { AuditLog } from '../../src/main/audit/audit-log';
import { ClinicClock } from '../../src/main/work/clinic-clock';
import { DomainEventBus } from '../../src/main/work/domain-events';
import { UnitOfWork } from '../../src/main/work/unit-of-work';

/** A unit of work on a bare transaction (a migration's test store), acting as no one, with no module listening. */
export function unitOfWorkFor(db: EntityManager, zone = 'Asia/Kuala_Lumpur', now = new Date()): UnitOfWork {
  return new UnitOfWork(db, null, new AuditLog(), new ClinicClock(now, zone), new DomainEventBus());
}
