import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { statusAfter, type AppointmentAction } from './status-rules';

describe('appointment status transitions', () => {
  it('follow requested → confirmed → checked-in → in progress → completed', () => {
    expect(statusAfter('confirm', 'requested')).toBe('confirmed');
    expect(statusAfter('checkIn', 'confirmed')).toBe('checked_in');
    expect(statusAfter('checkIn', 'requested')).toBe('checked_in');
    expect(statusAfter('start', 'checked_in')).toBe('in_progress');
    expect(statusAfter('finish', 'in_progress')).toBe('completed');
    // A visit closed before the doctor called it still completes the appointment.
    expect(statusAfter('finish', 'checked_in')).toBe('completed');
  });

  it('reschedule keeps the status; cancel and no-show only before arrival', () => {
    expect(statusAfter('reschedule', 'requested')).toBe('requested');
    expect(statusAfter('reschedule', 'confirmed')).toBe('confirmed');
    expect(statusAfter('reschedule', 'checked_in')).toBeNull();
    expect(statusAfter('cancel', 'confirmed')).toBe('cancelled');
    expect(statusAfter('cancel', 'checked_in')).toBeNull();
    expect(statusAfter('noShow', 'requested')).toBe('no_show');
    expect(statusAfter('noShow', 'in_progress')).toBeNull();
    expect(statusAfter('visitNoShow', 'checked_in')).toBe('no_show');
  });

  it('never leaves a final status', () => {
    const actions: AppointmentAction[] = ['confirm', 'reschedule', 'cancel', 'noShow', 'checkIn', 'start', 'finish', 'visitNoShow'];
    for (const status of ['completed', 'cancelled', 'no_show'] as const) {
      for (const action of actions) expect(statusAfter(action, status), `${action} from ${status}`).toBeNull();
    }
    expect(APPOINTMENT_STATUSES).toContain('no_show');
  });
});
