import { minutesOfDay } from '../../../shared/clinic-time';
import type { DoctorSchedule, RoomShare, ScheduleBreak, ScheduleSession } from '../../../shared/schemas/appointments';
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

/** Another doctor's week, as far as rooms go. */
export interface OtherDoctorWeek {
  doctorId: string;
  doctorName: string;
  sessions: readonly ScheduleSession[];
}

/** The other doctors' sessions that sit in one of this template's rooms at an overlapping time, by weekday and start. */
export function roomShares(schedule: Pick<DoctorSchedule, 'doctorId' | 'sessions'>, others: readonly OtherDoctorWeek[]): RoomShare[] {
  const shares = others
    .filter((other) => other.doctorId !== schedule.doctorId)
    .flatMap((other) =>
      other.sessions
        .filter((theirs) => schedule.sessions.some((ours) => sharesRoom(ours, theirs)))
        .map((theirs) => ({ roomId: theirs.roomId ?? '', weekday: theirs.weekday, start: theirs.start, end: theirs.end, doctorId: other.doctorId, doctorName: other.doctorName })),
    );
  return shares.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start) || a.doctorName.localeCompare(b.doctorName));
}

function sharesRoom(ours: ScheduleSession, theirs: ScheduleSession): boolean {
  if (ours.roomId === null || ours.roomId !== theirs.roomId || ours.weekday !== theirs.weekday) return false;
  return overlaps({ start: minutesOfDay(ours.start), end: minutesOfDay(ours.end) }, { start: minutesOfDay(theirs.start), end: minutesOfDay(theirs.end) });
}

/** The session an interval lies wholly inside, if any. */
export function sessionHolding<T extends Interval>(sessions: readonly T[], time: Interval): T | undefined {
  return sessions.find((s) => s.start <= time.start && time.end <= s.end);
}
