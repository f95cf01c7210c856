import type { ChangedEntity } from '../../shared/changed-entities';
import type { Actor, AuditLog } from '../audit/audit-log';
import { AppError } from '../errors/app-error';
import { sqliteConnection, type Store } from '../store/store';
import { ClinicClock, type ClinicZone } from './clinic-clock';
import type { DomainEventBus } from './domain-events';
import { UnitOfWork } from './unit-of-work';

export interface WorkRunnerOptions {
  store: Store;
  auditLog: AuditLog;
  events: DomainEventBus;
  zone: ClinicZone;
  now: () => Date;
  /** Told after each commit which kinds of record changed (live screens refetch them). */
  onChanged: (entities: ChangedEntity[]) => void;
  /** Told when an after-commit effect failed: the change stands, the effect is lost. */
  onEffectFailed: (error: unknown) => void;
}

/**
 * Runs units of work on one open store: one transaction each, in turn; an error rolls everything
 * back, domain listeners included. A unit of work that changed rows must have written an audit row
 * for them, or it is rolled back as an internal error: no write reaches the store unaudited.
 * After commit the work's outside effects run, then live screens hear what changed.
 */
export class WorkRunner {
  constructor(private readonly options: WorkRunnerOptions) {}

  async run<T>(actor: Actor | null, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const { store, auditLog, events, zone, now } = this.options;
    let uow: UnitOfWork | undefined;
    const result = await store.transaction(async (db) => {
      uow = new UnitOfWork(db, actor, auditLog, new ClinicClock(now(), zone.get()), events);
      const before = { rows: totalChanges(db), auditRows: auditLog.appendCount };
      const value = await work(uow);
      // Audit rows are rows too (a read trail flushed here among them): only the others need an audit row.
      const otherRows = totalChanges(db) - before.rows - (auditLog.appendCount - before.auditRows);
      if (otherRows > 0 && uow.auditedChanges === 0) throw new AppError('INTERNAL', { reason: 'unaudited-write' });
      return value;
    });
    if (uow) await this.afterCommit(uow);
    return result;
  }

  private async afterCommit(uow: UnitOfWork): Promise<void> {
    const { changed, effects } = uow.committed();
    // Effects first: a session the change ended (a disabled user's) must not hear of the change.
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        this.options.onEffectFailed(error);
      }
    }
    if (changed.length > 0) this.options.onChanged(changed);
  }
}

/** Rows inserted, updated or deleted on this connection since it opened (SQLite's own count). */
function totalChanges(db: Parameters<typeof sqliteConnection>[0]): number {
  return (sqliteConnection(db).prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
