import { minutesOfDay } from '../../../shared/clinic-time';
import type { DoctorSchedule, ScheduleBreak, ScheduleSession } from '../../../shared/schemas/appointments';
import { overlaps, type Interval } from './conflict-rules';

/** Why a weekly template is refused (SCHEDULE_INVALID details.reason). */
export type ScheduleProblemReason = 'sessions_overlap' | 'break_outside_session';

export interface ScheduleProblem {
  weekday: number;
  reason: ScheduleProblemReason;
}

/** A session or break of one weekday in minutes of the day, with what it carries. */
export type TimedSession = Interval & { roomId: string | null };
export type TimedBreak = Interval & { label: string };

export function sessionTimes(sessions: readonly ScheduleSession[], weekday: number): TimedSession[] {
  return sessions
    .filter((s) => s.weekday === weekday)
    .map((s) => ({ start: minutesOfDay(s.start), end: minutesOfDay(s.end), roomId: s.roomId }))
    .sort((a, b) => a.start - b.start);
}

export function breakTimes(breaks: readonly ScheduleBreak[], weekday: number): TimedBreak[] {
  return breaks
    .filter((b) => b.weekday === weekday)
    .map((b) => ({ start: minutesOfDay(b.start), end: minutesOfDay(b.end), label: b.label }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The first thing wrong with a weekly template, weekday by weekday: two sessions of one day
 * that overlap (which room would the doctor be in?), or a break not wholly inside one session
 * (a break outside working time means nothing, and usually is a typo such as 13:00–12:00).
 */
export function scheduleProblem(schedule: Pick<DoctorSchedule, 'sessions' | 'breaks'>): ScheduleProblem | null {
  for (let weekday = 1; weekday <= 7; weekday++) {
    const sessions = sessionTimes(schedule.sessions, weekday);
    if (sessions.some((session, index) => index > 0 && overlaps(sessions[index - 1], session))) return { weekday, reason: 'sessions_overlap' };
    if (breakTimes(schedule.breaks, weekday).some((b) => !sessionHolding(sessions, b))) return { weekday, reason: 'break_outside_session' };
  }
  return null;
}

/** The session an interval lies wholly inside, if any. */
export function sessionHolding<T extends Interval>(sessions: readonly T[], time: Interval): T | undefined {
  return sessions.find((s) => s.start <= time.start && time.end <= s.end);
}
