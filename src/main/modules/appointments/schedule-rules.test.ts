import { describe, expect, it } from 'vitest';
import type { ScheduleBreak, ScheduleSession } from '../../../shared/schemas/appointments';
import { breakTimes, roomShares, scheduleProblem, sessionHolding, sessionTimes } from './schedule-rules';

const session = (weekday: number, start: string, end: string): ScheduleSession => ({ weekday, start, end, roomId: null });
const pause = (weekday: number, start: string, end: string): ScheduleBreak => ({ weekday, start, end, label: 'tea' });

describe('scheduleProblem', () => {
  it('accepts a normal week: morning and afternoon sessions, a break inside one', () => {
    const sessions = [1, 2, 3, 4, 5].flatMap((d) => [session(d, '09:00', '13:00'), session(d, '14:00', '17:00')]);
    expect(scheduleProblem({ sessions, breaks: [pause(1, '11:00', '11:15')] })).toBeNull();
    // Touching sessions do not overlap; a session may run to midnight.
    expect(scheduleProblem({ sessions: [session(6, '09:00', '13:00'), session(6, '13:00', '24:00')], breaks: [] })).toBeNull();
  });

  it('refuses two sessions of one weekday that overlap, naming the weekday', () => {
    const sessions = [session(1, '09:00', '13:00'), session(3, '14:00', '18:00'), session(3, '09:00', '14:30')];
    expect(scheduleProblem({ sessions, breaks: [] })).toEqual({ weekday: 3, reason: 'sessions_overlap' });
    // A short session inside a long one is found even when another sits between them in order.
    const nested = [session(2, '08:00', '17:00'), session(2, '09:00', '10:00'), session(2, '12:00', '13:00')];
    expect(scheduleProblem({ sessions: nested, breaks: [] })).toEqual({ weekday: 2, reason: 'sessions_overlap' });
  });

  it('refuses a break outside every session, or across two of them', () => {
    const sessions = [session(4, '09:00', '13:00'), session(4, '14:00', '17:00')];
    expect(scheduleProblem({ sessions, breaks: [pause(4, '13:00', '14:00')] })).toEqual({ weekday: 4, reason: 'break_outside_session' });
    expect(scheduleProblem({ sessions, breaks: [pause(4, '12:30', '14:30')] })).toEqual({ weekday: 4, reason: 'break_outside_session' });
    expect(scheduleProblem({ sessions, breaks: [pause(5, '10:00', '10:15')] })).toEqual({ weekday: 5, reason: 'break_outside_session' });
  });
});

describe('sessions of a weekday', () => {
  it('are in minutes of the day, in time order, and hold an appointment only wholly inside', () => {
    const sessions = sessionTimes([session(1, '14:00', '17:00'), session(1, '09:00', '13:00'), session(2, '09:00', '10:00')], 1);
    expect(sessions.map((s) => [s.start, s.end])).toEqual([
      [540, 780],
      [840, 1020],
    ]);
    expect(sessionHolding(sessions, { start: 765, end: 780 })?.start).toBe(540);
    expect(sessionHolding(sessions, { start: 770, end: 785 })).toBeUndefined();
    expect(breakTimes([pause(1, '11:00', '11:15')], 1)).toEqual([{ start: 660, end: 675, label: 'tea' }]);
  });
});

describe('roomShares', () => {
  const inRoom = (weekday: number, start: string, end: string, roomId: string | null): ScheduleSession => ({ weekday, start, end, roomId });
  const lee = { doctorId: 'lee', doctorName: 'Dr Lee', sessions: [inRoom(1, '09:00', '12:00', 'room-1'), inRoom(1, '14:00', '17:00', 'room-1'), inRoom(2, '09:00', '12:00', 'room-2')] };

  it("names the other doctor's session in the same room, same weekday, at an overlapping time", () => {
    const aminah = { doctorId: 'aminah', sessions: [inRoom(1, '11:00', '13:00', 'room-1')] };
    expect(roomShares(aminah, [lee])).toEqual([{ roomId: 'room-1', weekday: 1, start: '09:00', end: '12:00', doctorId: 'lee', doctorName: 'Dr Lee' }]);
  });

  it('says nothing for touching times, another room or weekday, no room, or the doctor themself', () => {
    const touching = { doctorId: 'aminah', sessions: [inRoom(1, '12:00', '14:00', 'room-1'), inRoom(1, '09:00', '12:00', 'room-2'), inRoom(3, '09:00', '12:00', 'room-1'), inRoom(2, '09:00', '12:00', null)] };
    expect(roomShares(touching, [lee])).toEqual([]);
    expect(roomShares({ doctorId: 'lee', sessions: lee.sessions }, [lee])).toEqual([]);
  });
});
