import { isoWeekday, type ClinicDateTime } from '../../../shared/clinic-time';
import type { ScheduleSession } from '../../../shared/schemas/appointments';
import type { Room } from '../../../shared/schemas/queue';

/** Where each user last looked at the queue, per PC: one receptionist's pharmacy is not the next doctor's. */
export function lastRoomKey(userId: string): string {
  return `clinicdesk.queue.room.${userId}`;
}

/** The room a doctor's weekly hours put them in now, else their first room of the day; null on a day off. */
export function doctorsRoomNow(sessions: readonly ScheduleSession[], now: ClinicDateTime): string | null {
  const today = sessions.filter((s) => s.weekday === isoWeekday(now.date) && s.roomId !== null);
  const current = today.find((s) => s.start <= now.time && now.time < s.end);
  return (current ?? [...today].sort((a, b) => a.start.localeCompare(b.start))[0])?.roomId ?? null;
}

/**
 * The room the queue opens on: the doctor's own room today, else the room this user chose last,
 * else the first consultation room (not simply the first room, which may be the pharmacy).
 */
export function defaultQueueRoom(active: readonly Room[], choices: { ownRoomId: string | null; lastRoomId: string | null }): Room | undefined {
  const find = (id: string | null) => (id ? active.find((room) => room.id === id) : undefined);
  return find(choices.ownRoomId) ?? find(choices.lastRoomId) ?? active.find((room) => room.kind === 'consultation') ?? active[0];
}
