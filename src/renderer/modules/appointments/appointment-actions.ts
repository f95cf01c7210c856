import type { ClinicDateTime } from '../../../shared/clinic-time';
import type { AppointmentView } from '../../../shared/schemas/appointments';

export type AppointmentAction = 'confirm' | 'checkIn' | 'reschedule' | 'cancel' | 'noShow' | 'bookAgain' | 'bookFollowUp';

/**
 * What the details panel offers for an appointment, in the order the front desk needs them.
 * The hub refuses anything else anyway (APPOINTMENT_WRONG_STATE); this keeps buttons that
 * can only fail off the screen: a ticket is only for today's queue, and nobody is a no-show
 * before their time has come.
 */
export function actionsFor(appointment: Pick<AppointmentView, 'status' | 'date' | 'start' | 'visitId'>, now: ClinicDateTime): AppointmentAction[] {
  const { status, date, start } = appointment;
  if (status === 'requested' || status === 'confirmed') {
    const actions: AppointmentAction[] = [];
    if (status === 'requested') actions.push('confirm');
    if (date === now.date) actions.push('checkIn');
    actions.push('reschedule', 'cancel');
    if (date < now.date || (date === now.date && start <= now.time)) actions.push('noShow');
    return actions;
  }
  if (status === 'cancelled' || status === 'no_show') return ['bookAgain'];
  if (status === 'completed' && appointment.visitId !== null) return ['bookFollowUp'];
  return [];
}
