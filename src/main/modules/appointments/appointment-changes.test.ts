import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalDetailsOf, refusalOf } from '../../../../tests/support/test-hub';
import type { BookAppointmentInput } from '../../../shared/schemas/appointments';

// Monday 23 November 2026, 10:00 in Kuala Lumpur.
const clock = new Date('2026-11-23T02:00:00Z');
const TUE = '2026-11-24';
const WED = '2026-11-25';

const c = clinicForTests(() => appointmentClinic({ clock: () => clock }));

const book = (input: Partial<BookAppointmentInput> & { patientId: string }) => c.book({ date: TUE, ...input });

const historyOf = async (appointmentId: string) => (await c.reception.appointments.get({ appointmentId })).history;

describe('reschedule', () => {
  it('moves an appointment, even onto part of its own old time, and notes where it came from', async () => {
    const booked = await book({ patientId: await c.patient('Tan Ah Kow'), start: '15:00' });
    const moved = await c.reception.appointments.reschedule({ appointmentId: booked.id, date: TUE, start: '15:10', reason: 'patient asked' });
    expect(moved).toMatchObject({ start: '15:10', end: '15:25', status: 'confirmed', roomCode: '1' });
    expect((await historyOf(booked.id)).at(-1)).toMatchObject({ from: 'confirmed', to: 'confirmed', byName: 'farah', note: '2026-11-24 15:00 → 2026-11-24 15:10; patient asked' });
  });

  it('refuses a move into a clash and leaves the appointment where it was', async () => {
    const first = await book({ patientId: await c.patient('Lim Mei'), start: '16:00' });
    const second = await book({ patientId: await c.patient('Ong Bee Lian'), start: '16:30' });
    expect(await refusalDetailsOf(c.reception.appointments.reschedule({ appointmentId: second.id, date: TUE, start: '16:05' }))).toEqual({
      code: 'APPOINTMENT_CONFLICT',
      details: { name: 'dr.lim', start: '16:00', end: '16:15' },
    });
    expect(await refusalOf(c.reception.appointments.reschedule({ appointmentId: second.id, date: TUE, start: '08:00' }))).toBe('APPOINTMENT_OUTSIDE_SCHEDULE');
    expect((await c.reception.appointments.get({ appointmentId: second.id })).start).toBe('16:30');
    expect((await historyOf(second.id)).length).toBe(1);
    expect((await c.reception.appointments.get({ appointmentId: first.id })).start).toBe('16:00');
  });

  it("moves to another doctor, whose session room it follows", async () => {
    const booked = await book({ patientId: await c.patient('Ravi Kumar'), start: '09:15' });
    const moved = await c.reception.appointments.reschedule({ appointmentId: booked.id, date: WED, start: '09:15', doctorId: c.doctors.kumar });
    expect(moved).toMatchObject({ doctorName: 'dr.kumar', roomCode: '2', date: WED });
  });
});

describe('status changes', () => {
  it('confirms a requested appointment once; each change is in the history and the audit log', async () => {
    const requested = await book({ patientId: await c.patient('Siti Aminah'), start: '09:30', status: 'requested' });
    expect(requested.status).toBe('requested');
    expect((await c.reception.appointments.confirm({ appointmentId: requested.id })).status).toBe('confirmed');
    expect(await refusalDetailsOf(c.reception.appointments.confirm({ appointmentId: requested.id }))).toEqual({
      code: 'APPOINTMENT_WRONG_STATE',
      details: { status: 'confirmed', action: 'confirm' },
    });
    expect((await historyOf(requested.id)).map((h) => [h.from, h.to])).toEqual([
      [null, 'requested'],
      ['requested', 'confirmed'],
    ]);
    const audit = await c.admin.audit.list({ entity: 'appointment', entityId: requested.id });
    expect(audit.map((row) => row.action).sort()).toEqual(['appointment.book', 'appointment.confirm']);
  });

  it('cancels only with a reason, frees the time, and cannot be moved afterwards', async () => {
    const booked = await book({ patientId: await c.patient('Kavitha'), start: '10:00' });
    expect(await refusalOf(c.reception.appointments.cancel({ appointmentId: booked.id, reason: '' }))).toBe('VALIDATION_FAILED');
    expect((await c.reception.appointments.get({ appointmentId: booked.id })).status).toBe('confirmed');
    const cancelled = await c.reception.appointments.cancel({ appointmentId: booked.id, reason: 'travelling' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'travelling' });
    expect((await historyOf(booked.id)).at(-1)).toMatchObject({ from: 'confirmed', to: 'cancelled', note: 'travelling' });
    expect((await book({ patientId: await c.patient('Next In Line'), start: '10:00' })).status).toBe('confirmed');
    expect(await refusalDetailsOf(c.reception.appointments.reschedule({ appointmentId: booked.id, date: TUE, start: '10:30' }))).toEqual({
      code: 'APPOINTMENT_WRONG_STATE',
      details: { status: 'cancelled', action: 'reschedule' },
    });
  });

  it('marks a no-show, which is final', async () => {
    const booked = await book({ patientId: await c.patient('Absent Patient'), start: '10:15' });
    expect((await c.reception.appointments.noShow({ appointmentId: booked.id })).status).toBe('no_show');
    expect(await refusalOf(c.reception.appointments.cancel({ appointmentId: booked.id, reason: 'too late' }))).toBe('APPOINTMENT_WRONG_STATE');
    expect(await refusalOf(c.reception.appointments.checkIn({ appointmentId: booked.id }))).toBe('APPOINTMENT_WRONG_STATE');
  });
});

describe('follow-ups, patients and calendars', () => {
  it("books a follow-up from the patient's own visit only", async () => {
    const patientId = await c.patient('Follow Up');
    const visit = await c.reception.queue.checkIn({ patientId, roomId: c.rooms.one, chiefComplaint: 'wound', priority: 'normal' });
    const stranger = await c.patient('Someone Else');
    expect(await refusalOf(book({ patientId: stranger, start: '12:00', followUpOfVisitId: visit.visitId }))).toBe('NOT_FOUND');
    const followUp = await book({ patientId, start: '12:00', typeId: c.types.FOLLOWUP, followUpOfVisitId: visit.visitId });
    expect(followUp).toMatchObject({ followUpOfVisitId: visit.visitId, typeName: 'Follow-up', end: '12:10' });
  });

  it("lists a patient's appointments newest first", async () => {
    const patientId = await c.patient('Regular Patient');
    await book({ patientId, start: '12:15' });
    await book({ patientId, date: WED, start: '12:15' });
    expect((await c.reception.appointments.forPatient({ patientId })).map((a) => a.date)).toEqual([WED, TUE]);
  });

  it('shows a day per doctor with sessions, breaks, blocks and appointments, and a Monday-to-Sunday week', async () => {
    await c.admin.appointments.blocks.save({ kind: 'blocked', doctorId: c.doctors.kumar, roomId: null, resourceId: null, from: `${TUE}T16:00`, to: `${WED}T10:00`, reason: 'meeting' });
    const day = await c.reception.appointments.day({ date: TUE });
    expect(day.doctors.map((d) => d.doctorName)).toEqual(['dr.kumar', 'dr.lim']);
    const [kumar, lim] = day.doctors;
    expect(lim.sessions).toEqual([
      { start: '09:00', end: '13:00', roomId: c.rooms.one },
      { start: '14:00', end: '17:00', roomId: c.rooms.one },
    ]);
    expect(lim.breaks).toEqual([{ start: '11:00', end: '11:15', label: 'tea' }]);
    expect(kumar.blocks).toEqual([{ kind: 'blocked', start: '16:00', end: '24:00', reason: 'meeting' }]);
    expect(lim.appointments.map((a) => a.start)).toEqual([...lim.appointments.map((a) => a.start)].sort());
    expect(lim.appointments.length).toBeGreaterThan(5);

    const week = await c.reception.appointments.week({ weekOf: WED, doctorId: c.doctors.kumar });
    expect(week.dates).toEqual(['2026-11-23', TUE, WED, '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.days[2].doctors).toHaveLength(1);
    expect(week.days[2].doctors[0].blocks).toEqual([{ kind: 'blocked', start: '00:00', end: '10:00', reason: 'meeting' }]);
    expect(week.days[2].doctors[0].appointments.map((a) => a.patientName)).toContain('Ravi Kumar');
    expect(week.days[6].doctors[0].sessions).toEqual([]);
  });
});
