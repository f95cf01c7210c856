import type { AppointmentStatus } from '../../../shared/schemas/appointments';
import type { ErrorCode } from '../../../shared/errors';
import { minutesBetween, NO_SHOW_UNDO_MINUTES } from '../queue';

/**
 * What can happen to an appointment, and from which status. The desk's actions come first;
 * `start`, `finish` and `visitNoShow` follow the queue (ticket called, visit done, visit
 * ended as a no-show). Anything else is a stale screen and is refused (APPOINTMENT_WRONG_STATE).
 * Completed and cancelled are final. A no-show is final too once the undo window has passed
 * (`undoNoShow` at the desk, `visitReopened` when the queue takes its ticket's no-show back);
 * a patient who comes later than that is booked again.
 */
export type AppointmentAction =
  | 'confirm'
  | 'reschedule'
  | 'cancel'
  | 'noShow'
  | 'undoNoShow'
  | 'checkIn'
  | 'start'
  | 'finish'
  | 'visitNoShow'
  | 'visitReopened';

interface Transition {
  from: readonly AppointmentStatus[];
  /** null: the status stays as it is (a reschedule moves the time, not the status). */
  to: AppointmentStatus | null;
}

const NOT_YET_ARRIVED: readonly AppointmentStatus[] = ['requested', 'confirmed'];

const TRANSITIONS: Record<AppointmentAction, Transition> = {
  confirm: { from: ['requested'], to: 'confirmed' },
  reschedule: { from: NOT_YET_ARRIVED, to: null },
  cancel: { from: NOT_YET_ARRIVED, to: 'cancelled' },
  noShow: { from: NOT_YET_ARRIVED, to: 'no_show' },
  // The patient turned up after all: the booking stands, as confirmed as it can be.
  undoNoShow: { from: ['no_show'], to: 'confirmed' },
  checkIn: { from: NOT_YET_ARRIVED, to: 'checked_in' },
  start: { from: ['checked_in'], to: 'in_progress' },
  finish: { from: ['checked_in', 'in_progress'], to: 'completed' },
  visitNoShow: { from: ['checked_in', 'in_progress'], to: 'no_show' },
  // The ticket waits again, so the appointment is checked in again until it is called.
  visitReopened: { from: ['no_show'], to: 'checked_in' },
};

export function canTake(action: AppointmentAction, status: AppointmentStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status after `action`, or null when the action is not allowed from `status`. */
export function statusAfter(action: AppointmentAction, status: AppointmentStatus): AppointmentStatus | null {
  if (!canTake(action, status)) return null;
  return TRANSITIONS[action].to ?? status;
}

/**
 * Why the desk may not take a no-show back, or null when it may: only within the queue's own
 * undo window, and only a no-show of the desk's — one that came from the queue (the appointment
 * has a visit) is taken back on the ticket, which brings the appointment with it.
 */
export function noShowUndoRefusal(appointment: { status: AppointmentStatus; visitId: string | null; updatedAt: string }, now: Date): ErrorCode | null {
  if (!canTake('undoNoShow', appointment.status) || appointment.visitId !== null) return 'APPOINTMENT_WRONG_STATE';
  return minutesBetween(appointment.updatedAt, now) >= NO_SHOW_UNDO_MINUTES ? 'APPOINTMENT_UNDO_TOO_LATE' : null;
}
