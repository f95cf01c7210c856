import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../../shared/schemas/appointments';
import { describeError } from './describe-error';
import { resources } from './i18n';

// The @ts-expect-error lines are the test of the types: if keys stopped being checked (i18next.d.ts
// lost, or a key added to the tree), the directive would be unused and the typecheck would fail.
const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
const t = i18n.t;

describe('typed translation keys', () => {
  it('refuses a key that is not in the English tree', () => {
    // @ts-expect-error 'no.such' is not a key
    expect(t('no.such')).toBe('no.such');
  });

  it('checks a key built from a union: every member must name text', () => {
    const lost = 'lost' as AppointmentStatus | 'lost';
    // @ts-expect-error 'appointmentStatus.lost' is not a key
    expect(t(`appointmentStatus.${lost}`)).toBe('appointmentStatus.lost');
    const statuses: readonly AppointmentStatus[] = APPOINTMENT_STATUSES;
    for (const status of statuses) expect(t(`appointmentStatus.${status}`)).not.toContain('appointmentStatus.');
  });

  it('puts an error detail the renderer does not know into the sentence as it came, not as a key', () => {
    const error = { data: { app: { code: 'APPOINTMENT_WRONG_STATE', details: { status: 'archived' } } } };
    expect(describeError(error, t)).toBe('This appointment is archived and cannot be changed that way. The list has been refreshed.');
  });

  it('names the weekday of a schedule error', () => {
    const error = { data: { app: { code: 'SCHEDULE_INVALID', details: { weekday: 3 } } } };
    expect(describeError(error, t)).toBe('On Wednesday, working sessions overlap or a break lies outside them.');
  });
});
