import type { Room, SaveRoomInput } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { SetupList } from '../../store/setup-list';
import { RoomEntity, type RoomRecord } from './entities';

/** The clinic's rooms and stations, as an admin sets them up; a room is retired, never deleted. */
export class RoomsService {
  private readonly rooms = new SetupList<Room>(RoomEntity, 'room', toRoom, { code: 'ASC' });

  list(uow: UnitOfWork): Promise<Room[]> {
    return this.rooms.list(uow);
  }

  get(uow: UnitOfWork, id: string): Promise<Room> {
    return this.rooms.get(uow, id);
  }

  /** A room that can take patients now. */
  async active(uow: UnitOfWork, id: string): Promise<Room> {
    const room = await this.get(uow, id);
    if (!room.active) throw new AppError('ROOM_INACTIVE', { room: room.name });
    return room;
  }

  async save(uow: UnitOfWork, input: SaveRoomInput): Promise<Room> {
    await this.rooms.assertUnique(uow, 'code', input.code, input.id, 'ROOM_CODE_TAKEN');
    return this.rooms.save(uow, input);
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
