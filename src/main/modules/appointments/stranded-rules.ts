import type { BlockKind, ResourceKind, RoomKind, StrandedReason } from '../../../shared/schemas/appointments';
import { judge, type BlockOwner, type DayPicture, type Problem } from './availability';
import type { Interval } from './conflict-rules';

/**
 * Whether the schedule still holds an appointment already on the book: the booking judge
 * (availability.ts) asked again about the appointment's own time, room and resource. Pure.
 */

/** A booked appointment in minutes of its clinic day, with what its type needs and what it holds. */
export interface HeldAppointment extends Interval {
  roomKind: RoomKind | null;
  resourceKind: ResourceKind | null;
  roomId: string | null;
  resourceId: string | null;
}

/**
 * The reason an appointment is stranded, or null when it is still held. The judge is asked with
 * no other appointments on the book: a clash between appointments that were accepted together is
 * not the schedule's doing, and since the judge stops at the first problem, a clash found first
 * would hide a leave or a retired room behind it.
 */
export function strandedBy(day: DayPicture, appointment: HeldAppointment): StrandedReason | null {
  const verdict = judge(
    { ...day, bookings: [] },
    {
      start: appointment.start,
      end: appointment.end,
      roomKind: appointment.roomKind,
      resourceKind: appointment.resourceKind,
      room: appointment.roomId ? { id: appointment.roomId } : 'choose',
      resource: appointment.resourceId ? { id: appointment.resourceId } : 'choose',
    },
  );
  return verdict.ok ? null : strandedReason(verdict.problem);
}

/** What the judge's refusal means for a booked appointment; null for what does not strand it. */
export function strandedReason(problem: Problem): StrandedReason | null {
  switch (problem.kind) {
    // Its time has come: the desk deals with it in the queue, not by moving it.
    case 'past':
      return null;
    // Another appointment of the doctor's: accepted together, not the schedule's doing.
    case 'booked':
      return null;
    case 'not_working':
      return 'outside_hours';
    case 'break':
      return 'break';
    case 'block':
      return blockReason(problem.blockKind, problem.owner);
    // A named room or resource with a clash is full, not gone; without one it is inactive or of another kind now.
    case 'room':
      return problem.clash ? null : 'room_unavailable';
    case 'resource':
      return problem.clash ? null : 'resource_unavailable';
  }
}

function blockReason(kind: BlockKind, owner: BlockOwner): StrandedReason {
  switch (owner) {
    case 'doctor':
      return kind === 'blocked' ? 'doctor_blocked' : 'doctor_leave';
    case 'clinic':
      return kind === 'holiday' ? 'clinic_holiday' : 'clinic_closed';
    case 'room':
      return 'room_unavailable';
    case 'resource':
      return 'resource_unavailable';
  }
}
