import { clockTime } from '../../../shared/clinic-time';
import type { Slot, SlotBusyReason } from '../../../shared/schemas/appointments';
import { judge, type DayPicture, type Problem, type Wanted } from './availability';
import type { Interval } from './conflict-rules';

/**
 * The start times a doctor offers for one appointment type on one day: every `slotMinutes`
 * from each session's start, as long as the whole appointment fits before the session ends.
 */
export function slotGrid(sessions: readonly Interval[], slotMinutes: number, durationMinutes: number): Interval[] {
  return sessions.flatMap((session) => {
    const starts: Interval[] = [];
    for (let start = session.start; start + durationMinutes <= session.end; start += slotMinutes) starts.push({ start, end: start + durationMinutes });
    return starts;
  });
}

/** The one word a busy slot shows. Room and resource blocks read as the room or resource being taken. */
export function busyReason(problem: Problem): SlotBusyReason {
  switch (problem.kind) {
    case 'past':
    case 'break':
    case 'room':
    case 'resource':
      return problem.kind;
    // not_working cannot happen on the grid, which lies inside the sessions; counted as taken to be safe.
    case 'booked':
    case 'not_working':
      return 'booked';
    case 'block':
      return problem.owner === 'room' || problem.owner === 'resource' ? problem.owner : problem.blockKind;
  }
}

/** Every slot of the day with whether it can be booked, judged exactly as a booking would be. */
export function daySlots(day: DayPicture, slotMinutes: number, need: Pick<Wanted, 'roomKind' | 'resourceKind'>, durationMinutes: number): Slot[] {
  return slotGrid(day.sessions, slotMinutes, durationMinutes).map((time) => {
    const verdict = judge(day, { ...time, ...need, room: 'choose', resource: 'choose' });
    const reason = verdict.ok ? null : busyReason(verdict.problem);
    return { start: clockTime(time.start), end: clockTime(time.end), free: verdict.ok, reason };
  });
}
