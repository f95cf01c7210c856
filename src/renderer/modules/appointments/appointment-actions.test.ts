import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from '../../../shared/schemas/appointments';
import { actionsFor } from './appointment-actions';

const NOW = { date: '2026-11-24', time: '10:00' };
const at = (status: AppointmentStatus, date = NOW.date, start = '11:00', visitId: string | null = null) => ({ status, date, start, visitId });

describe('actions offered for an appointment', () => {
  it('offers confirming a phone request, and not a confirmed booking', () => {
    expect(actionsFor(at('requested'), NOW)).toContain('confirm');
    expect(actionsFor(at('confirmed'), NOW)).not.toContain('confirm');
  });

  it('checks in only on the day itself', () => {
    expect(actionsFor(at('confirmed'), NOW)).toContain('checkIn');
    expect(actionsFor(at('confirmed', '2026-11-25'), NOW)).not.toContain('checkIn');
    expect(actionsFor(at('confirmed', '2026-11-23'), NOW)).not.toContain('checkIn');
  });

  it('calls nobody a no-show before their time', () => {
    expect(actionsFor(at('confirmed', NOW.date, '10:30'), NOW)).not.toContain('noShow');
    expect(actionsFor(at('confirmed', NOW.date, '10:00'), NOW)).toContain('noShow');
    expect(actionsFor(at('confirmed', '2026-11-20', '16:00'), NOW)).toContain('noShow');
  });

  it('lets a booking still to come be moved or cancelled', () => {
    expect(actionsFor(at('confirmed', '2026-12-01'), NOW)).toEqual(['reschedule', 'cancel']);
  });

  it('offers nothing but a new booking once the time is freed', () => {
    expect(actionsFor(at('cancelled'), NOW)).toEqual(['bookAgain']);
    expect(actionsFor(at('no_show'), NOW)).toEqual(['bookAgain']);
  });

  it('leaves a patient in the building to the queue, and offers a follow-up after the visit', () => {
    expect(actionsFor(at('checked_in'), NOW)).toEqual([]);
    expect(actionsFor(at('in_progress'), NOW)).toEqual([]);
    expect(actionsFor(at('completed', NOW.date, '09:00', 'visit-1'), NOW)).toEqual(['bookFollowUp']);
  });
});
