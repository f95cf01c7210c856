import { v7 as uuidv7 } from 'uuid';
import type { AppointmentType, SaveAppointmentTypeInput } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../audit/unit-of-work';
import { AppError } from '../../errors/app-error';
import { AppointmentTypeEntity, type AppointmentTypeRecord } from './entities';

/**
 * What a new clinic starts with, so the desk can book on day one. They are ordinary rows an
 * admin renames (the names are the clinic's data, in the language it chooses) or retires.
 */
export const DEFAULT_APPOINTMENT_TYPES: Omit<AppointmentType, 'id'>[] = [
  { code: 'CONSULT', name: 'Consultation', durationMinutes: 15, roomKind: null, resourceKind: null, active: true },
  { code: 'FOLLOWUP', name: 'Follow-up', durationMinutes: 10, roomKind: null, resourceKind: null, active: true },
  { code: 'PROC', name: 'Procedure', durationMinutes: 30, roomKind: 'procedure', resourceKind: null, active: true },
  { code: 'WOUND', name: 'Wound dressing', durationMinutes: 20, roomKind: 'treatment', resourceKind: 'nurse', active: true },
];

/** Kinds of appointment: each sets the slot length and the room and resource it needs. Retired, never deleted. */
export class AppointmentTypesService {
  async list(uow: UnitOfWork): Promise<AppointmentType[]> {
    const records = await uow.db.getRepository(AppointmentTypeEntity).find({ order: { name: 'ASC' } });
    return records.map(toType);
  }

  async get(uow: UnitOfWork, id: string): Promise<AppointmentType> {
    const record = await uow.db.getRepository(AppointmentTypeEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'appointmentType', id });
    return toType(record);
  }

  async save(uow: UnitOfWork, input: SaveAppointmentTypeInput): Promise<AppointmentType> {
    const repo = uow.db.getRepository(AppointmentTypeEntity);
    const sameCode = await repo.findOneBy({ code: input.code });
    if (sameCode && sameCode.id !== input.id) throw new AppError('APPOINTMENT_TYPE_CODE_TAKEN', { code: input.code });
    const now = uow.now.toISOString();
    const { id, ...fields } = input;
    if (!id) {
      const type: AppointmentType = { id: uuidv7(), ...fields };
      await repo.insert({ ...type, createdAt: now, updatedAt: now });
      await uow.audit({ action: 'appointmentType.create', entity: 'appointmentType', entityId: type.id, after: type });
      return type;
    }
    const before = await this.get(uow, id);
    await repo.update({ id }, { ...fields, updatedAt: now });
    const after = await this.get(uow, id);
    await uow.audit({ action: 'appointmentType.update', entity: 'appointmentType', entityId: id, before, after });
    return after;
  }

  /** First-run set-up: the default types above. */
  async seedDefaults(uow: UnitOfWork): Promise<void> {
    for (const type of DEFAULT_APPOINTMENT_TYPES) await this.save(uow, type);
  }
}

function toType(record: AppointmentTypeRecord): AppointmentType {
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    durationMinutes: record.durationMinutes,
    roomKind: record.roomKind,
    resourceKind: record.resourceKind,
    active: record.active,
  };
}
