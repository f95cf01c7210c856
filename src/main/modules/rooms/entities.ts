import { EntitySchema } from 'typeorm';
import type { Room } from '../../../shared/schemas/queue';

export interface RoomRecord extends Room {
  createdAt: string;
  updatedAt: string;
}

export const RoomEntity = new EntitySchema<RoomRecord>({
  name: 'Room',
  tableName: 'rooms',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    ticketPrefix: { type: 'text', name: 'ticket_prefix' },
    active: { type: 'boolean' },
    capacity: { type: 'integer' },
    cleanupMinutes: { type: 'integer', name: 'cleanup_minutes' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
