import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { BookAppointmentInput } from '../../../shared/schemas/appointments';

// Monday 23 November 2026, 10:00 in Kuala Lumpur.
const clock = new Date('2026-11-23T02:00:00Z');
const MON = '2026-11-23';
const TUE = '2026-11-24';
const WED = '2026-11-25';
const THU = '2026-11-26';
const FRI = '2026-11-27';

const c = clinicForTests(() => appointmentClinic({ clock: () => clock }));

const book = (input: Partial<BookAppointmentInput> & { patientId: string }) => c.book({ date: TUE, ...input });

const auditedAppointments = async () => (await c.admin.audit.list({ entity: 'appointment', limit: 500 })).length;

describe('booking', () => {
  it("books a consultation in the doctor's session room, in clinic time, with its first history row", async () => {
    const booked = await book({ patientId: await c.patient('Tan Ah Kow') });
    expect(booked).toMatchObject({
      date: TUE,
      start: '09:00',
      end: '09:15',
      startsAt: '2026-11-24T01:00:00.000Z',
      status: 'confirmed',
      roomCode: '1',
      doctorName: 'dr.lim',
      typeName: 'Consultation',
      patientName: 'Tan Ah Kow',
      resourceId: null,
    });
    const detail = await c.reception.appointments.get({ appointmentId: booked.id });
    expect(detail.history).toEqual([{ from: null, to: 'confirmed', at: clock.toISOString(), byName: 'farah', note: '' }]);
  });

  it('refuses a clash with the doctor, naming the appointment in the way, and writes nothing', async () => {
    await book({ patientId: await c.patient('Lim Mei'), start: '09:30' });
    const second = await c.patient('Ong Bee Lian');
    const audited = await auditedAppointments();
    expect(await refusalDetailsOf(book({ patientId: second, start: '09:40' }))).toEqual({
      code: 'APPOINTMENT_CONFLICT',
      details: { name: 'dr.lim', start: '09:30', end: '09:45' },
    });
    expect(await c.reception.appointments.forPatient({ patientId: second })).toEqual([]);
    expect(await auditedAppointments()).toBe(audited);
    // Back to back is fine.
    expect((await book({ patientId: second, start: '09:45' })).start).toBe('09:45');
  });

  it('refuses the same patient in two places at once, even with two doctors', async () => {
    const patientId = await c.patient('Chong Wei');
    await book({ patientId, date: THU, start: '10:00' });
    expect(await refusalDetailsOf(book({ patientId, date: THU, start: '10:05', doctorId: c.doctors.kumar }))).toEqual({
      code: 'APPOINTMENT_CONFLICT',
      details: { name: 'Chong Wei', start: '10:00', end: '10:15' },
    });
    // A cancelled appointment frees the patient's time too.
    const other = await book({ patientId, date: THU, start: '15:00' });
    await c.reception.appointments.cancel({ appointmentId: other.id, reason: 'patient asked' });
    expect((await book({ patientId, date: THU, start: '15:00', doctorId: c.doctors.kumar })).start).toBe('15:00');
  });

  it("keeps a procedure room for its clean-up time and names it when it is asked for by name", async () => {
    const first = await book({ patientId: await c.patient('Ravi Kumar'), typeId: c.types.PROC, start: '14:00' });
    expect(first).toMatchObject({ roomCode: 'PR', end: '14:30' });
    const other = { patientId: await c.patient('Siti Aminah'), doctorId: c.doctors.kumar, typeId: c.types.PROC };
    expect(await refusalOf(book({ ...other, start: '14:30' }))).toBe('APPOINTMENT_NO_ROOM');
    expect(await refusalDetailsOf(book({ ...other, start: '14:30', roomId: c.rooms.procedure }))).toEqual({
      code: 'APPOINTMENT_CONFLICT',
      details: { name: 'Bilik Prosedur', start: '14:00', end: '14:30' },
    });
    expect((await book({ ...other, start: '14:45' })).roomCode).toBe('PR');
  });

  it('fills a shared treatment room up to its capacity, and no further', async () => {
    const dressing = await c.admin.appointments.types.save({ code: 'DRESS', name: 'Dressing', durationMinutes: 30, roomKind: 'treatment', resourceKind: null, active: true });
    const wong = (await userWithRoles(c.testHub, c.admin, 'dr.wong', ['doctor'])).user.id;
    await c.admin.appointments.schedules.save({ doctorId: wong, slotMinutes: 15, sessions: [{ weekday: 3, start: '14:00', end: '17:00', roomId: null }], breaks: [] });
    let patients = 0;
    const at = async (doctorId: string, roomId?: string) =>
      book({ patientId: await c.patient(`Dressing Patient ${++patients}`), doctorId, typeId: dressing.id, date: WED, start: '15:00', roomId });
    expect((await at(c.doctors.lim)).roomCode).toBe('TR');
    expect((await at(c.doctors.kumar)).roomCode).toBe('TR');
    const treatmentRoom = { code: 'TR', name: 'Bilik Rawatan', kind: 'treatment' as const, ticketPrefix: 'T', active: true, cleanupMinutes: 0 };
    await c.admin.rooms.save({ id: c.rooms.treatment, ...treatmentRoom, capacity: 2 });
    expect(await refusalOf(at(wong))).toBe('APPOINTMENT_NO_ROOM');
    expect(await refusalDetailsOf(at(wong, c.rooms.treatment))).toMatchObject({ code: 'APPOINTMENT_CONFLICT', details: { name: 'Bilik Rawatan', start: '15:00' } });
    await c.admin.rooms.save({ id: c.rooms.treatment, ...treatmentRoom, capacity: 3 });
    expect((await at(wong)).roomCode).toBe('TR');
  });

  it('needs a free nurse for a wound dressing, and names her when she is asked for by name', async () => {
    const first = await book({ patientId: await c.patient('Wound One'), typeId: c.types.WOUND, date: THU, start: '09:00' });
    expect(first).toMatchObject({ resourceName: 'Nurse Siti', roomCode: 'TR', end: '09:20' });
    const other = { patientId: await c.patient('Wound Two'), doctorId: c.doctors.kumar, typeId: c.types.WOUND, date: THU, start: '09:15' };
    expect(await refusalOf(book(other))).toBe('APPOINTMENT_NO_RESOURCE');
    expect(await refusalDetailsOf(book({ ...other, resourceId: c.nurseId }))).toEqual({
      code: 'APPOINTMENT_CONFLICT',
      details: { name: 'Nurse Siti', start: '09:00', end: '09:20' },
    });
  });

  it('refuses times outside the sessions, across a session end and in a break', async () => {
    const patientId = await c.patient('Kavitha');
    const outside = (start: string, date = TUE) => refusalDetailsOf(book({ patientId, start, date }));
    expect(await outside('08:00')).toEqual({ code: 'APPOINTMENT_OUTSIDE_SCHEDULE', details: { doctor: 'dr.lim', reason: 'not_working' } });
    expect((await outside('12:50'))?.details.reason).toBe('not_working');
    expect((await outside('09:00', '2026-11-28'))?.details.reason).toBe('not_working');
    expect((await outside('11:05'))?.details.reason).toBe('break');
  });

  it("refuses the doctor's leave and clinic holidays, which the slot list shows too", async () => {
    await c.admin.appointments.blocks.save({ kind: 'leave', doctorId: c.doctors.lim, roomId: null, resourceId: null, from: `${FRI}T00:00`, to: '2026-11-28T00:00', reason: 'course' });
    const patientId = await c.patient('Leave Patient');
    expect((await refusalDetailsOf(book({ patientId, date: FRI })))?.details).toMatchObject({ doctor: 'dr.lim', reason: 'leave' });
    const slots = await c.reception.appointments.slots({ doctorId: c.doctors.lim, typeId: c.types.CONSULT, date: FRI });
    expect(new Set(slots.map((s) => s.reason))).toEqual(new Set(['leave', 'break']));
    expect((await book({ patientId, date: FRI, doctorId: c.doctors.kumar })).doctorName).toBe('dr.kumar');

    const holiday = await c.admin.appointments.blocks.save({ kind: 'holiday', doctorId: null, roomId: null, resourceId: null, from: '2026-11-30T00:00', to: '2026-12-01T00:00', reason: '' });
    expect((await refusalDetailsOf(book({ patientId, date: '2026-11-30', doctorId: c.doctors.kumar })))?.details.reason).toBe('holiday');
    await c.admin.appointments.blocks.remove({ id: holiday.id });
    expect((await book({ patientId, date: '2026-11-30', doctorId: c.doctors.kumar })).date).toBe('2026-11-30');
  });

  it('refuses a start already past, and accepts one from now on', async () => {
    const patientId = await c.patient('Late Comer');
    expect(await refusalOf(book({ patientId, date: MON, start: '09:45' }))).toBe('APPOINTMENT_IN_PAST');
    expect(await refusalOf(book({ patientId, date: '2026-11-20' }))).toBe('APPOINTMENT_IN_PAST');
    expect((await book({ patientId, date: MON, start: '10:00' })).start).toBe('10:00');
  });

  it('refuses a non-doctor, an impossible date or time, and an unknown patient', async () => {
    const patientId = await c.patient('Input Checks');
    const adminId = (await c.admin.auth.session())?.user.id ?? '';
    expect(await refusalOf(book({ patientId, doctorId: adminId }))).toBe('NOT_A_DOCTOR');
    expect(await refusalOf(book({ patientId, date: '2026-02-30' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(book({ patientId, start: '24:00' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(book({ patientId: '01900000-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('lists slots on the doctor grid: booked, break, and free', async () => {
    const slots = await c.reception.appointments.slots({ doctorId: c.doctors.lim, typeId: c.types.CONSULT, date: TUE });
    const reason = (start: string) => slots.find((s) => s.start === start)?.reason ?? 'free';
    expect(slots[0]).toMatchObject({ start: '09:00', end: '09:15', free: false });
    expect([reason('09:00'), reason('09:15'), reason('11:00'), reason('12:45')]).toEqual(['booked', 'free', 'break', 'free']);
    expect(slots.at(-1)?.start).toBe('16:45');
  });
});
