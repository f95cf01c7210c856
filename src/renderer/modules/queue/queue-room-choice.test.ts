import { describe, expect, it } from 'vitest';
import type { ScheduleSession } from '../../../shared/schemas/appointments';
import type { Room } from '../../../shared/schemas/queue';
import { defaultQueueRoom, doctorsRoomNow } from './queue-room-choice';

const room = (id: string, kind: Room['kind']): Room => ({ id, code: id, name: id, kind, ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 });
const pharmacy = room('PH', 'pharmacy');
const one = room('R1', 'consultation');
const two = room('R2', 'consultation');

describe('the room the queue opens on', () => {
  it('is the first consultation room for someone with no room and no choice yet, not the pharmacy listed first', () => {
    expect(defaultQueueRoom([pharmacy, one, two], { ownRoomId: null, lastRoomId: null })).toBe(one);
  });

  it('is the doctor’s own room before the room last chosen, and the last chosen before the first', () => {
    expect(defaultQueueRoom([pharmacy, one, two], { ownRoomId: 'R2', lastRoomId: 'PH' })).toBe(two);
    expect(defaultQueueRoom([pharmacy, one, two], { ownRoomId: null, lastRoomId: 'PH' })).toBe(pharmacy);
    // A room since closed is passed over.
    expect(defaultQueueRoom([pharmacy, one], { ownRoomId: 'R2', lastRoomId: 'gone' })).toBe(one);
  });
});

describe("a doctor's room now", () => {
  // 2026-12-07 is a Monday (1).
  const sessions: ScheduleSession[] = [
    { weekday: 1, start: '09:00', end: '13:00', roomId: 'R1' },
    { weekday: 1, start: '14:00', end: '17:00', roomId: 'R2' },
    { weekday: 2, start: '09:00', end: '13:00', roomId: 'R2' },
  ];

  it('is the session running now, else the day’s first, else none', () => {
    expect(doctorsRoomNow(sessions, { date: '2026-12-07', time: '15:00' })).toBe('R2');
    expect(doctorsRoomNow(sessions, { date: '2026-12-07', time: '08:00' })).toBe('R1');
    expect(doctorsRoomNow(sessions, { date: '2026-12-09', time: '10:00' })).toBeNull();
  });
});
