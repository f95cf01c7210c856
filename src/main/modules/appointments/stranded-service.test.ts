import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { BookAppointmentInput, StrandedAppointment } from '../../../shared/schemas/appointments';

// Monday 23 November 2026, 10:00 in Kuala Lumpur; one test moves it a minute on and back.
const MONDAY_TEN = new Date('2026-11-23T02:00:00Z');
let now = MONDAY_TEN;

const c = clinicForTests(() => appointmentClinic({ clock: () => now }));

let patients = 0;
/** The desk books a new patient (dr.lim, a consultation, unless told otherwise). */
const bookNew = async (input: Omit<Partial<BookAppointmentInput>, 'patientId'> & { date: string }) => c.book({ patientId: await c.patient(`Patient ${++patients}`), ...input });

/** id → reason, so a test reads which appointments are stranded and why. */
const reasons = (stranded: StrandedAppointment[]) => Object.fromEntries(stranded.map((s) => [s.appointment.id, s.reason]));
const listed = async (fromDate: string, toDate = fromDate) => reasons(await c.reception.appointments.stranded({ fromDate, toDate }));
const block = (input: { kind: 'leave' | 'blocked' | 'holiday'; from: string; to: string; doctorId?: string }) =>
  c.admin.appointments.blocks.save({ doctorId: null, roomId: null, resourceId: null, reason: '', ...input });

describe('leave over booked appointments', () => {
  it('is saved, and names the two bookings inside it, not those outside it or of another doctor', async () => {
    const morning = await bookNew({ date: '2026-11-24', start: '09:00' });
    const afternoon = await bookNew({ date: '2026-11-24', start: '14:00' });
    const nextDay = await bookNew({ date: '2026-11-25', start: '09:00' });
    const otherDoctor = await bookNew({ date: '2026-11-24', start: '09:00', doctorId: c.doctors.kumar });

    const leave = await block({ kind: 'leave', doctorId: c.doctors.lim, from: '2026-11-24T00:00', to: '2026-11-25T00:00' });
    expect(reasons(leave.stranded)).toEqual({ [morning.id]: 'doctor_leave', [afternoon.id]: 'doctor_leave' });
    expect(leave.stranded.map((s) => s.appointment.start)).toEqual(['09:00', '14:00']);
    expect((await c.admin.appointments.blocks.list({ fromDate: '2026-11-24', toDate: '2026-11-24' })).map((b) => b.id)).toEqual([leave.id]);

    expect(await listed('2026-11-23', '2026-11-27')).toEqual({ [morning.id]: 'doctor_leave', [afternoon.id]: 'doctor_leave' });
    expect([nextDay.id, otherDoctor.id].some((id) => leave.stranded.some((s) => s.appointment.id === id))).toBe(false);
  });

  it('drops an appointment once it is moved out of the leave or cancelled', async () => {
    const [morning, afternoon] = Object.keys(await listed('2026-11-24'));
    await c.reception.appointments.reschedule({ appointmentId: morning, date: '2026-11-25', start: '10:00' });
    expect(Object.keys(await listed('2026-11-23', '2026-11-27'))).toEqual([afternoon]);
    await c.reception.appointments.cancel({ appointmentId: afternoon, reason: 'doctor on leave' });
    expect(await listed('2026-11-23', '2026-11-27')).toEqual({});
  });
});

describe('a clinic holiday', () => {
  it("strands every doctor's bookings that day, and only that day", async () => {
    const lim = await bookNew({ date: '2026-12-01', start: '09:00' });
    const kumar = await bookNew({ date: '2026-12-01', start: '09:30', doctorId: c.doctors.kumar });
    await bookNew({ date: '2026-12-02', start: '09:00' });
    const holiday = await block({ kind: 'holiday', from: '2026-12-01T00:00', to: '2026-12-02T00:00' });
    expect(reasons(holiday.stranded)).toEqual({ [lim.id]: 'clinic_holiday', [kumar.id]: 'clinic_holiday' });
    expect(await listed('2026-12-01', '2026-12-02')).toEqual(reasons(holiday.stranded));
  });
});

describe('a shorter weekly template', () => {
  it('names the bookings now outside the hours or in a new break, over the next weeks', async () => {
    const wong = (await userWithRoles(c.testHub, c.admin, 'dr.wong', ['doctor'])).user.id;
    const weekdays = [1, 2, 3, 4, 5];
    const week = { doctorId: wong, slotMinutes: 15, breaks: [] };
    const first = await c.admin.appointments.schedules.save({ ...week, sessions: weekdays.map((weekday) => ({ weekday, start: '09:00', end: '17:00', roomId: null })) });
    expect(first.stranded).toEqual([]);
    const late = await bookNew({ date: '2026-12-03', start: '16:00', doctorId: wong });
    const inBreak = await bookNew({ date: '2026-12-03', start: '10:00', doctorId: wong });
    const kept = await bookNew({ date: '2026-12-03', start: '11:00', doctorId: wong });
    const sixWeeksOn = await bookNew({ date: '2027-01-07', start: '16:00', doctorId: wong });

    // Thursdays become 09:00–13:00 with a huddle at 10:00.
    const sessions = weekdays.map((weekday) => ({ weekday, start: '09:00', end: weekday === 4 ? '13:00' : '17:00', roomId: null }));
    const shorter = await c.admin.appointments.schedules.save({ ...week, sessions, breaks: [{ weekday: 4, start: '10:00', end: '10:15', label: 'huddle' }] });
    expect(reasons(shorter.stranded)).toEqual({ [inBreak.id]: 'break', [late.id]: 'outside_hours', [sixWeeksOn.id]: 'outside_hours' });
    expect(shorter.sessions.filter((s) => s.weekday === 4)).toEqual([{ weekday: 4, start: '09:00', end: '13:00', roomId: null }]);
    expect(Object.keys(await listed('2026-12-03'))).not.toContain(kept.id);
    expect(await listed('2026-12-03')).toEqual({ [inBreak.id]: 'break', [late.id]: 'outside_hours' });
  });
});

describe('a retired room or resource', () => {
  it('names the appointments held in a room made inactive, and none once it is back', async () => {
    const procedure = await bookNew({ date: '2026-12-10', start: '09:00', typeId: c.types.PROC });
    await bookNew({ date: '2026-12-10', start: '10:00' });
    expect(procedure.roomId).toBe(c.rooms.procedure);
    const room = { code: 'PR', name: 'Bilik Prosedur', kind: 'procedure' as const, ticketPrefix: 'P', capacity: 1, cleanupMinutes: 10 };
    const retired = await c.admin.rooms.save({ id: c.rooms.procedure, ...room, active: false });
    expect(retired.active).toBe(false);
    expect(reasons((await c.admin.appointments.strandedInRoom({ roomId: retired.id })).stranded)).toEqual({ [procedure.id]: 'room_unavailable' });
    expect(await listed('2026-12-10')).toEqual({ [procedure.id]: 'room_unavailable' });
    await c.admin.rooms.save({ id: c.rooms.procedure, ...room, active: true });
    expect((await c.admin.appointments.strandedInRoom({ roomId: c.rooms.procedure })).stranded).toEqual([]);
    expect(await listed('2026-12-10')).toEqual({});
  });

  it('names those needing a nurse made inactive', async () => {
    const dressing = await bookNew({ date: '2026-12-11', start: '09:00', typeId: c.types.WOUND });
    const nurse = { id: c.nurseId, name: 'Nurse Siti', kind: 'nurse' as const, userId: null };
    expect(reasons((await c.admin.appointments.resources.save({ ...nurse, active: false })).stranded)).toEqual({ [dressing.id]: 'resource_unavailable' });
    expect((await c.admin.appointments.resources.save({ ...nurse, active: true })).stranded).toEqual([]);
  });
});

describe('what is never listed, and who may ask', () => {
  it('leaves out appointments whose time has come', async () => {
    const atTen = await bookNew({ date: '2026-11-23', start: '10:00' });
    const closed = await block({ kind: 'blocked', from: '2026-11-23T10:00', to: '2026-11-23T10:30' });
    expect(reasons(closed.stranded)).toEqual({ [atTen.id]: 'clinic_closed' });
    now = new Date(MONDAY_TEN.getTime() + 60_000);
    try {
      expect(await listed('2026-11-23')).toEqual({});
    } finally {
      now = MONDAY_TEN;
    }
  });

  it('refuses someone without the calendar, and a span past 62 days or backwards', async () => {
    const pharmacist = (await userWithRoles(c.testHub, c.admin, 'pharm', ['pharmacist'])).caller;
    expect(await refusalOf(pharmacist.appointments.stranded({ fromDate: '2026-11-23', toDate: '2026-11-30' }))).toBe('FORBIDDEN');
    // 23 November to 23 January is 62 days, counting both.
    expect(await refusalOf(c.reception.appointments.stranded({ fromDate: '2026-11-23', toDate: '2027-01-24' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(c.reception.appointments.stranded({ fromDate: '2026-11-30', toDate: '2026-11-23' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(c.reception.appointments.stranded({ fromDate: '2026-11-23', toDate: '2027-01-23' }))).toBeNull();
  });
});
