import type { AppointmentType, SaveAppointmentTypeInput } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { SetupList } from '../../store/setup-list';
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
  private readonly types = new SetupList<AppointmentType>(AppointmentTypeEntity, 'appointmentType', toType, { name: 'ASC' });

  list(uow: UnitOfWork): Promise<AppointmentType[]> {
    return this.types.list(uow);
  }

  get(uow: UnitOfWork, id: string): Promise<AppointmentType> {
    return this.types.get(uow, id);
  }

  async save(uow: UnitOfWork, input: SaveAppointmentTypeInput): Promise<AppointmentType> {
    await this.types.assertUnique(uow, 'code', input.code, input.id, 'APPOINTMENT_TYPE_CODE_TAKEN');
    return this.types.save(uow, input);
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
