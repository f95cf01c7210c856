import { In, type EntitySchema, type FindOptionsWhere } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AuditAction } from '../../../shared/audit-actions';
import type { ChangedEntity } from '../../../shared/changed-entities';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ChartRowStamps } from './entities';

export type ChartFields<R> = Omit<R, keyof ChartRowStamps>;

/**
 * One kind of chart row (problems, medications, histories): added with who and when, changed only
 * from the version the editor read (else CONFLICT, so a second editor is told rather than
 * silently overwriting the first), each change audited with the row before and after.
 */
export class ChartRows<R extends ChartRowStamps> {
  constructor(
    private readonly entity: EntitySchema<R>,
    /** The audit log's name for these rows, and the `entity` of NOT_FOUND. */
    readonly name: ChangedEntity,
  ) {}

  async get(uow: UnitOfWork, id: string): Promise<R> {
    const row = await uow.db.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<R>);
    if (!row) throw new AppError('NOT_FOUND', { entity: this.name, id });
    return row;
  }

  /** Every row of these patients (a record and the duplicates merged into it), oldest first. */
  ofPatients(uow: UnitOfWork, patientIds: readonly string[], where: Partial<Record<keyof R, unknown>> = {}): Promise<R[]> {
    return uow.db.getRepository(this.entity).find({
      where: { ...where, patientId: In([...patientIds]) } as FindOptionsWhere<R>,
      order: { createdAt: 'ASC', id: 'ASC' } as never,
    });
  }

  async add(uow: UnitOfWork, action: AuditAction, target: { patientId: string; visitId: string | null }, fields: ChartFields<R>): Promise<R> {
    const now = uow.now.toISOString();
    const by = uow.actor?.userId ?? null;
    const row = { ...fields, id: uuidv7(), patientId: target.patientId, version: 1, visitId: target.visitId, createdAt: now, createdBy: by, updatedAt: now, updatedBy: by } as R;
    // TypeORM cannot relate a generic R to its own insert type; R is exactly the entity's row.
    await uow.db.getRepository(this.entity).insert(row as never);
    await uow.audit({ action, entity: this.name, entityId: row.id, after: row });
    return row;
  }

  async change(uow: UnitOfWork, action: AuditAction, before: R, read: { version: number; visitId: string | null }, changes: Partial<ChartFields<R>>): Promise<R> {
    if (before.version !== read.version) throw new AppError('CONFLICT', { reason: 'stale', entity: this.name, currentVersion: before.version });
    const stamps = { version: before.version + 1, visitId: read.visitId, updatedAt: uow.now.toISOString(), updatedBy: uow.actor?.userId ?? null };
    const result = await uow.db.getRepository(this.entity).update({ id: before.id, version: before.version } as FindOptionsWhere<R>, { ...changes, ...stamps } as never);
    if (result.affected !== 1) throw new AppError('CONFLICT', { reason: 'stale', entity: this.name });
    const after = { ...before, ...changes, ...stamps };
    await uow.audit({ action, entity: this.name, entityId: before.id, before, after });
    return after;
  }
}
