import { LessThan, MoreThan } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, clinicInstant } from '../../../shared/clinic-time';
import type { SaveScheduleBlockInput, ScheduleBlock } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { RoomsService } from '../rooms';
import { instantOfLocal, localDateTime } from './day-clock';
import type { DoctorDirectory } from './doctor-directory';
import { ScheduleBlockEntity, type ScheduleBlockRecord } from './entities';
import type { ResourcesService } from './resources-service';

/**
 * Leave, blocked time and clinic holidays. Typed in clinic time, kept as UTC instants. A block
 * is removed outright when it was a mistake: it is not a clinical record, and the audit log
 * keeps what it was.
 */
export class BlocksService {
  constructor(
    private readonly doctors: DoctorDirectory,
    private readonly rooms: RoomsService,
    private readonly resources: ResourcesService,
  ) {}

  /** Blocks touching the clinic days `fromDate` … `toDate`, earliest first. */
  async list(uow: UnitOfWork, fromDate: string, toDate: string): Promise<ScheduleBlock[]> {
    const timeZone = uow.clock.zone;
    const start = clinicInstant(fromDate, '00:00', timeZone).toISOString();
    const end = clinicInstant(addDays(toDate, 1), '00:00', timeZone).toISOString();
    return (await this.touching(uow, start, end)).map((record) => toBlock(record, timeZone));
  }

  /** Block rows overlapping the UTC range [start, end). */
  touching(uow: UnitOfWork, start: string, end: string): Promise<ScheduleBlockRecord[]> {
    return uow.db.getRepository(ScheduleBlockEntity).find({ where: { startsAt: LessThan(end), endsAt: MoreThan(start) }, order: { startsAt: 'ASC' } });
  }

  async save(uow: UnitOfWork, input: SaveScheduleBlockInput): Promise<ScheduleBlock> {
    if (input.doctorId) await this.doctors.doctor(uow, input.doctorId);
    if (input.roomId) await this.rooms.get(uow, input.roomId);
    if (input.resourceId) await this.resources.get(uow, input.resourceId);
    const timeZone = uow.clock.zone;
    const repo = uow.db.getRepository(ScheduleBlockEntity);
    const now = uow.now.toISOString();
    const fields = {
      kind: input.kind,
      doctorId: input.doctorId,
      roomId: input.roomId,
      resourceId: input.resourceId,
      startsAt: instantOfLocal(input.from, timeZone),
      endsAt: instantOfLocal(input.to, timeZone),
      reason: input.reason,
    };
    if (!input.id) {
      const record: ScheduleBlockRecord = { id: uuidv7(), ...fields, createdAt: now, updatedAt: now };
      await repo.insert(record);
      const block = toBlock(record, timeZone);
      await uow.audit({ action: 'scheduleBlock.create', entity: 'scheduleBlock', entityId: block.id, after: block });
      return block;
    }
    const before = toBlock(await this.record(uow, input.id), timeZone);
    await repo.update({ id: input.id }, { ...fields, updatedAt: now });
    const after = toBlock(await this.record(uow, input.id), timeZone);
    await uow.audit({ action: 'scheduleBlock.update', entity: 'scheduleBlock', entityId: input.id, before, after });
    return after;
  }

  async remove(uow: UnitOfWork, id: string): Promise<void> {
    const before = toBlock(await this.record(uow, id), uow.clock.zone);
    await uow.db.getRepository(ScheduleBlockEntity).delete({ id });
    await uow.audit({ action: 'scheduleBlock.remove', entity: 'scheduleBlock', entityId: id, before });
  }

  private async record(uow: UnitOfWork, id: string): Promise<ScheduleBlockRecord> {
    const record = await uow.db.getRepository(ScheduleBlockEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'scheduleBlock', id });
    return record;
  }

}

function toBlock(record: ScheduleBlockRecord, timeZone: string): ScheduleBlock {
  return {
    id: record.id,
    kind: record.kind,
    doctorId: record.doctorId,
    roomId: record.roomId,
    resourceId: record.resourceId,
    from: localDateTime(record.startsAt, timeZone),
    to: localDateTime(record.endsAt, timeZone),
    reason: record.reason,
  };
}
