import { v7 as uuidv7 } from 'uuid';
import type { Room, SaveRoomInput } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../audit/unit-of-work';
import { AppError } from '../../errors/app-error';
import { RoomEntity, type RoomRecord } from './entities';

/** The clinic's rooms and stations, as an admin sets them up; a room is retired, never deleted. */
export class RoomsService {
  async list(uow: UnitOfWork): Promise<Room[]> {
    const records = await uow.db.getRepository(RoomEntity).find({ order: { code: 'ASC' } });
    return records.map(toRoom);
  }

  async get(uow: UnitOfWork, id: string): Promise<Room> {
    const record = await uow.db.getRepository(RoomEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'room', id });
    return toRoom(record);
  }

  /** A room that can take patients now. */
  async active(uow: UnitOfWork, id: string): Promise<Room> {
    const room = await this.get(uow, id);
    if (!room.active) throw new AppError('ROOM_INACTIVE', { room: room.name });
    return room;
  }

  async save(uow: UnitOfWork, input: SaveRoomInput): Promise<Room> {
    const repo = uow.db.getRepository(RoomEntity);
    const sameCode = await repo.findOneBy({ code: input.code });
    if (sameCode && sameCode.id !== input.id) throw new AppError('ROOM_CODE_TAKEN', { code: input.code });
    const now = uow.now.toISOString();
    const fields = {
      code: input.code,
      name: input.name,
      kind: input.kind,
      ticketPrefix: input.ticketPrefix,
      active: input.active,
      capacity: input.capacity ?? 1,
      cleanupMinutes: input.cleanupMinutes ?? 0,
    };
    if (!input.id) {
      const room: Room = { id: uuidv7(), ...fields };
      await repo.insert({ ...room, createdAt: now, updatedAt: now });
      await uow.audit({ action: 'room.create', entity: 'room', entityId: room.id, after: room });
      return room;
    }
    const before = await this.get(uow, input.id);
    await repo.update({ id: input.id }, { ...fields, updatedAt: now });
    const after = await this.get(uow, input.id);
    await uow.audit({ action: 'room.update', entity: 'room', entityId: input.id, before, after });
    return after;
  }
}

function toRoom(record: RoomRecord): Room {
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    kind: record.kind,
    ticketPrefix: record.ticketPrefix,
    active: record.active,
    capacity: record.capacity,
    cleanupMinutes: record.cleanupMinutes,
  };
}
