import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { DoctorSchedule } from '../../../shared/schemas/appointments';

const clock = new Date('2026-11-23T02:00:00Z');
const c = clinicForTests(() => appointmentClinic({ clock: () => clock }));

describe('appointment types and resources', () => {
  it('a new clinic starts with the default types', async () => {
    const types = await c.reception.appointments.types.list();
    expect(types.map((t) => [t.code, t.durationMinutes, t.roomKind, t.resourceKind])).toEqual([
      ['CONSULT', 15, null, null],
      ['FOLLOWUP', 10, null, null],
      ['PROC', 30, 'procedure', null],
      ['WOUND', 20, 'treatment', 'nurse'],
    ]);
  });

  it('keeps type codes unique, upper-case', async () => {
    const saved = await c.admin.appointments.types.save({ code: 'vacc', name: 'Vaccination', durationMinutes: 10, roomKind: null, resourceKind: 'nurse', active: true });
    expect(saved.code).toBe('VACC');
    expect(await refusalDetailsOf(c.admin.appointments.types.save({ code: 'CONSULT', name: 'Again', durationMinutes: 15, roomKind: null, resourceKind: null, active: true }))).toEqual({
      code: 'APPOINTMENT_TYPE_CODE_TAKEN',
      details: { code: 'CONSULT', fields: ['code'] },
    });
    expect((await c.admin.appointments.types.save({ ...saved, durationMinutes: 15 })).durationMinutes).toBe(15);
    expect(await refusalOf(c.admin.appointments.types.save({ ...saved, durationMinutes: 7 }))).toBe('VALIDATION_FAILED');
  });

  it('saves resources, linked to a staff account that exists', async () => {
    const users = await c.admin.users.list();
    const farah = users.find((u) => u.username === 'farah')?.id ?? null;
    const therapist = await c.admin.appointments.resources.save({ name: 'Physio Farah', kind: 'therapist', userId: farah, active: true });
    expect((await c.reception.appointments.resources.list()).map((r) => r.name)).toEqual(['Nurse Siti', 'Physio Farah']);
    expect(await refusalOf(c.admin.appointments.resources.save({ ...therapist, userId: '01900000-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});

describe('weekly templates', () => {
  const week = (doctorId: string, sessions: DoctorSchedule['sessions'], breaks: DoctorSchedule['breaks'] = []): DoctorSchedule => ({ doctorId, slotMinutes: 10, sessions, breaks });

  it('lists every active doctor, with an empty unsaved week for one without a template', async () => {
    const tan = (await userWithRoles(c.testHub, c.admin, 'dr.tan', ['doctor'])).user.id;
    const schedules = await c.reception.appointments.schedules.list();
    expect(schedules.map((s) => [s.doctorName, s.saved, s.sessions.length])).toEqual([
      ['dr.kumar', true, 10],
      ['dr.lim', true, 10],
      ['dr.tan', false, 0],
    ]);
    expect(await c.reception.appointments.doctors()).toEqual([
      { id: c.doctors.kumar, name: 'dr.kumar' },
      { id: c.doctors.lim, name: 'dr.lim' },
      { id: tan, name: 'dr.tan' },
    ]);
  });

  it('refuses overlapping sessions and a break outside them, naming the weekday, and keeps the old week', async () => {
    const lim = c.doctors.lim;
    const overlapping = week(lim, [
      { weekday: 2, start: '09:00', end: '13:00', roomId: null },
      { weekday: 2, start: '12:00', end: '15:00', roomId: null },
    ]);
    expect(await refusalDetailsOf(c.admin.appointments.schedules.save(overlapping))).toEqual({ code: 'SCHEDULE_INVALID', details: { weekday: 2, reason: 'sessions_overlap' } });
    const strayBreak = week(lim, [{ weekday: 4, start: '09:00', end: '13:00', roomId: null }], [{ weekday: 4, start: '13:00', end: '13:30', label: 'lunch' }]);
    expect(await refusalDetailsOf(c.admin.appointments.schedules.save(strayBreak))).toEqual({
      code: 'SCHEDULE_INVALID',
      details: { weekday: 4, reason: 'break_outside_session' },
    });
    expect(await refusalOf(c.admin.appointments.schedules.save(week(lim, [{ weekday: 1, start: '13:00', end: '09:00', roomId: null }])))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(c.admin.appointments.schedules.save(week(lim, [{ weekday: 1, start: '09:00', end: '13:00', roomId: c.nurseId }])))).toBe('NOT_FOUND');
    const adminId = (await c.admin.auth.session())?.user.id ?? '';
    expect(await refusalOf(c.admin.appointments.schedules.save(week(adminId, [])))).toBe('NOT_A_DOCTOR');
    const kept = (await c.admin.appointments.schedules.list()).find((s) => s.doctorId === lim);
    expect(kept).toMatchObject({ slotMinutes: 15, saved: true });
    expect(kept?.sessions).toHaveLength(10);
  });

  it('saves a valid week, sorted by weekday and time, and audits the change', async () => {
    const kumar = c.doctors.kumar;
    const saved = await c.admin.appointments.schedules.save(
      week(kumar, [
        { weekday: 3, start: '14:00', end: '18:00', roomId: c.rooms.two },
        { weekday: 1, start: '08:00', end: '12:00', roomId: c.rooms.two },
      ]),
    );
    expect(saved.sessions.map((s) => `${s.weekday} ${s.start}`)).toEqual(['1 08:00', '3 14:00']);
    const audit = await c.admin.audit.list({ entity: 'schedule', entityId: kumar });
    expect(audit.map((row) => row.action)).toEqual(['schedule.update', 'schedule.create']);
    expect(saved.roomShares).toEqual([]);
  });

  it("tells, and saves all the same, a week that shares a room with another doctor's at the same time", async () => {
    const locum = week(c.doctors.kumar, [
      { weekday: 1, start: '12:00', end: '15:00', roomId: c.rooms.one },
      { weekday: 2, start: '13:00', end: '14:00', roomId: c.rooms.one },
    ]);
    const limMonday = (start: string, end: string) => ({ roomId: c.rooms.one, weekday: 1, start, end, doctorId: c.doctors.lim, doctorName: 'dr.lim' });
    // Asked before saving, and told again in the answer; Tuesday's lunch hour touches neither session of dr.lim.
    expect(await c.admin.appointments.schedules.roomShares(locum)).toEqual([limMonday('09:00', '13:00'), limMonday('14:00', '17:00')]);
    const saved = await c.admin.appointments.schedules.save(locum);
    expect(saved.roomShares).toEqual([limMonday('09:00', '13:00'), limMonday('14:00', '17:00')]);
    expect((await c.admin.appointments.schedules.list()).find((s) => s.doctorId === c.doctors.kumar)?.sessions).toHaveLength(2);
    expect(await refusalOf(c.reception.appointments.schedules.roomShares(locum))).toBe('FORBIDDEN');
  });
});

describe('leave, blocked time and holidays', () => {
  it('lists blocks touching a date range in clinic time, and removes one', async () => {
    const leave = await c.admin.appointments.blocks.save({ kind: 'leave', doctorId: c.doctors.lim, roomId: null, resourceId: null, from: '2026-12-01T00:00', to: '2026-12-04T00:00', reason: 'annual leave' });
    const closed = await c.admin.appointments.blocks.save({ kind: 'blocked', doctorId: null, roomId: c.rooms.procedure, resourceId: null, from: '2026-12-05T09:00', to: '2026-12-05T12:00', reason: 'servicing' });
    expect(leave).toMatchObject({ from: '2026-12-01T00:00', to: '2026-12-04T00:00' });
    const listed = await c.reception.appointments.blocks.list({ fromDate: '2026-12-03', toDate: '2026-12-05' });
    expect(listed.map((b) => b.id)).toEqual([leave.id, closed.id]);
    expect(await c.reception.appointments.blocks.list({ fromDate: '2026-12-04', toDate: '2026-12-04' })).toEqual([]);
    await c.admin.appointments.blocks.remove({ id: closed.id });
    expect((await c.reception.appointments.blocks.list({ fromDate: '2026-12-01', toDate: '2026-12-31' })).map((b) => b.id)).toEqual([leave.id]);
    expect(await refusalOf(c.admin.appointments.blocks.remove({ id: closed.id }))).toBe('NOT_FOUND');
    const backwards = { kind: 'leave' as const, doctorId: null, roomId: null, resourceId: null, from: '2026-12-05T12:00', to: '2026-12-05T09:00', reason: '' };
    expect(await refusalOf(c.admin.appointments.blocks.save(backwards))).toBe('VALIDATION_FAILED');
  });
});

describe('rooms and permissions', () => {
  it('rooms carry their capacity and clean-up minutes, 1 and 0 unless set', async () => {
    const rooms = await c.reception.rooms.list();
    expect(rooms.find((r) => r.id === c.rooms.procedure)).toMatchObject({ capacity: 1, cleanupMinutes: 10 });
    expect(rooms.find((r) => r.id === c.rooms.treatment)).toMatchObject({ capacity: 3, cleanupMinutes: 0 });
    const plain = await c.admin.rooms.save({ code: 'PH', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true });
    expect(plain).toMatchObject({ capacity: 1, cleanupMinutes: 0 });
  });

  it('lets the front desk book but not set up schedules, types, resources or leave', async () => {
    const sessions = [{ weekday: 1, start: '09:00', end: '10:00', roomId: null }];
    expect(await refusalOf(c.reception.appointments.schedules.save({ doctorId: c.doctors.lim, slotMinutes: 15, sessions, breaks: [] }))).toBe('FORBIDDEN');
    expect(await refusalOf(c.reception.appointments.types.save({ code: 'X', name: 'X', durationMinutes: 10, roomKind: null, resourceKind: null, active: true }))).toBe('FORBIDDEN');
    expect(await refusalOf(c.reception.appointments.resources.save({ name: 'X', kind: 'nurse', userId: null, active: true }))).toBe('FORBIDDEN');
    const block = { kind: 'leave' as const, doctorId: c.doctors.lim, roomId: null, resourceId: null, from: '2026-12-10T09:00', to: '2026-12-10T10:00', reason: '' };
    expect(await refusalOf(c.reception.appointments.blocks.save(block))).toBe('FORBIDDEN');
    const patientId = await c.patient('Front Desk Booking');
    expect(await refusalOf(c.reception.appointments.book({ patientId, doctorId: c.doctors.lim, typeId: c.types.CONSULT, date: '2026-11-24', start: '09:00' }))).toBeNull();
  });
});
