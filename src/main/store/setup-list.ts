import type { EntitySchema, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { SetupListEntity } from '../../shared/audit-actions';
import type { ErrorCode } from '../../shared/errors';
import type { UnitOfWork } from '../work/unit-of-work';
import { AppError } from '../errors/app-error';

interface Stamps {
  createdAt: string;
  updatedAt: string;
}

type Row<T> = T & Stamps;

/**
 * A list an admin keeps in set-up — rooms, panels, appointment types, resources: rows are added
 * and changed, never deleted (an item is retired by its `active` flag), and every change is
 * audited with what it looked like before and after.
 */
export class SetupList<T extends { id: string }> {
  constructor(
    private readonly entity: EntitySchema<Row<T>>,
    /** The audit log's entity name, and the `entity` of NOT_FOUND: `room`, `panel` … */
    private readonly name: SetupListEntity,
    private readonly toItem: (row: Row<T>) => T,
    private readonly order: FindOptionsOrder<Row<T>>,
  ) {}

  async list(uow: UnitOfWork): Promise<T[]> {
    return (await uow.db.getRepository(this.entity).find({ order: this.order })).map(this.toItem);
  }

  async get(uow: UnitOfWork, id: string): Promise<T> {
    const row = await uow.db.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<Row<T>>);
    if (!row) throw new AppError('NOT_FOUND', { entity: this.name, id });
    return this.toItem(row);
  }

  /** Refuses a value of a unique field (a code) that another item already holds. */
  async assertUnique(uow: UnitOfWork, field: keyof T & string, value: string, ownId: string | undefined, code: ErrorCode): Promise<void> {
    const holder = await uow.db.getRepository(this.entity).findOneBy({ [field]: value } as FindOptionsWhere<Row<T>>);
    if (holder && holder.id !== ownId) throw new AppError(code, { [field]: value, fields: [field] });
  }

  /** Adds the item when it has no id, else changes it; audited as `<name>.create` / `<name>.update`. */
  async save(uow: UnitOfWork, input: Omit<T, 'id'> & { id?: string }): Promise<T> {
    const repo = uow.db.getRepository(this.entity);
    const now = uow.now.toISOString();
    const { id, ...fields } = input;
    if (!id) {
      const item = { ...fields, id: uuidv7() } as unknown as T;
      await repo.insert({ ...item, createdAt: now, updatedAt: now } as unknown as Parameters<typeof repo.insert>[0]);
      await uow.audit({ action: `${this.name}.create`, entity: this.name, entityId: item.id, after: item });
      return item;
    }
    const before = await this.get(uow, id);
    await repo.update(id, { ...fields, updatedAt: now } as unknown as Parameters<typeof repo.update>[1]);
    const after = await this.get(uow, id);
    await uow.audit({ action: `${this.name}.update`, entity: this.name, entityId: id, before, after });
    return after;
  }
}
