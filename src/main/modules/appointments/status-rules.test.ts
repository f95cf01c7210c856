import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES } from '../../../shared/schemas/appointments';
import { noShowUndoRefusal, statusAfter, type AppointmentAction } from './status-rules';

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

  it('never leaves completed or cancelled', () => {
    const actions: AppointmentAction[] = ['confirm', 'reschedule', 'cancel', 'noShow', 'undoNoShow', 'checkIn', 'start', 'finish', 'visitNoShow', 'visitReopened'];
    for (const status of ['completed', 'cancelled'] as const) {
      for (const action of actions) expect(statusAfter(action, status), `${action} from ${status}`).toBeNull();
    }
    expect(APPOINTMENT_STATUSES).toContain('no_show');
  });

  it('leaves a no-show only by taking it back: at the desk to confirmed, in the queue to checked in', () => {
    const others: AppointmentAction[] = ['confirm', 'reschedule', 'cancel', 'noShow', 'checkIn', 'start', 'finish', 'visitNoShow'];
    for (const action of others) expect(statusAfter(action, 'no_show'), action).toBeNull();
    expect(statusAfter('undoNoShow', 'no_show')).toBe('confirmed');
    expect(statusAfter('visitReopened', 'no_show')).toBe('checked_in');
    expect(statusAfter('undoNoShow', 'confirmed')).toBeNull();
    expect(statusAfter('visitReopened', 'checked_in')).toBeNull();
  });
});

describe("taking back the desk's no-show", () => {
  const markedAt = '2026-11-23T02:00:00.000Z';
  const at = (minutes: number) => new Date(new Date(markedAt).getTime() + minutes * 60_000);
  const desk = { status: 'no_show' as const, visitId: null, updatedAt: markedAt };

  it('is allowed for ten minutes, then too late', () => {
    expect(noShowUndoRefusal(desk, at(0))).toBeNull();
    expect(noShowUndoRefusal(desk, at(9.9))).toBeNull();
    expect(noShowUndoRefusal(desk, at(10))).toBe('APPOINTMENT_UNDO_TOO_LATE');
    expect(noShowUndoRefusal(desk, at(60))).toBe('APPOINTMENT_UNDO_TOO_LATE');
  });

  it("is refused for an appointment that is not a no-show, or whose no-show was the queue's", () => {
    expect(noShowUndoRefusal({ ...desk, status: 'confirmed' }, at(1))).toBe('APPOINTMENT_WRONG_STATE');
    expect(noShowUndoRefusal({ ...desk, visitId: 'visit-1' }, at(1))).toBe('APPOINTMENT_WRONG_STATE');
  });
});
