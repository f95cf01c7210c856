import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import type { UnitOfWork } from '../work/unit-of-work';
import type { AuditAction } from '../../shared/audit-actions';
import { SettingEntity } from './entities';

/** What the store needs to know of a section: its name, its schema and what it holds before anyone saved it. */
export interface StoredSection<T> {
  name: string;
  schema: z.ZodType<T>;
  /** A store that has never held the section (one added in a later version) starts with this. */
  defaults(): T;
}

/**
 * The clinic's settings, one row per section (src/main/api/core/settings-section.ts says what a
 * section is). A value is checked against its schema on the way in and on the way out, so a row
 * edited by hand or written by an older version never reaches a module unchecked.
 */
export class SettingsStore {
  async get<T>(uow: UnitOfWork, section: StoredSection<T>): Promise<T> {
    const row = await uow.db.getRepository(SettingEntity).findOneBy({ section: section.name });
    if (!row) return this.save(uow, section, section.defaults(), `clinic.default.${section.name}`);
    const parsed = section.schema.safeParse(row.value);
    if (!parsed.success) throw new AppError('INTERNAL', { reason: 'settings-unreadable', section: section.name });
    return parsed.data;
  }

  async save<T>(uow: UnitOfWork, section: StoredSection<T>, value: T, action: AuditAction = `clinic.update.${section.name}`): Promise<T> {
    const checked = section.schema.parse(value);
    const repository = uow.db.getRepository(SettingEntity);
    const before = await repository.findOneBy({ section: section.name });
    await repository.save({ section: section.name, value: checked, updatedAt: uow.now.toISOString() });
    await uow.audit({ action, entity: 'clinic', entityId: section.name, before: before?.value, after: checked });
    return checked;
  }
}
