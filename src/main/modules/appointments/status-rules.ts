import type { AppointmentStatus } from '../../../shared/schemas/appointments';

/**
 * What can happen to an appointment, and from which status. The desk's actions come first;
 * `start`, `finish` and `visitNoShow` follow the queue (ticket called, visit done, visit
 * ended as a no-show). Anything else is a stale screen and is refused (APPOINTMENT_WRONG_STATE).
 * Completed, cancelled and no-show are final: a patient who comes after all is booked again.
 */
export type AppointmentAction = 'confirm' | 'reschedule' | 'cancel' | 'noShow' | 'checkIn' | 'start' | 'finish' | 'visitNoShow';

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
  checkIn: { from: NOT_YET_ARRIVED, to: 'checked_in' },
  start: { from: ['checked_in'], to: 'in_progress' },
  finish: { from: ['checked_in', 'in_progress'], to: 'completed' },
  visitNoShow: { from: ['checked_in', 'in_progress'], to: 'no_show' },
};

export function canTake(action: AppointmentAction, status: AppointmentStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status after `action`, or null when the action is not allowed from `status`. */
export function statusAfter(action: AppointmentAction, status: AppointmentStatus): AppointmentStatus | null {
  if (!canTake(action, status)) return null;
  return TRANSITIONS[action].to ?? status;
}
