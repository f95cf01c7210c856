import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalDetailsOf, refusalOf, unlockAfterClockMove } from '../../../../tests/support/test-hub';
import type { BookAppointmentInput } from '../../../shared/schemas/appointments';

// Monday 23 November 2026, 10:00 in Kuala Lumpur: today's appointments can be checked in.
let clock = new Date('2026-11-23T02:00:00Z');
async function minutesLater(minutes: number): Promise<void> {
  clock = new Date(clock.getTime() + minutes * 60_000);
  await unlockAfterClockMove(c.admin, c.reception);
}
const TODAY = '2026-11-23';

let pharmacy = '';
const c = clinicForTests(async () => {
  const clinic = await appointmentClinic({ clock: () => clock });
  pharmacy = (await clinic.admin.rooms.save({ code: 'PH', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true })).id;
  return clinic;
});

const book = (input: Partial<BookAppointmentInput> & { patientId: string }) => c.book({ date: TODAY, start: '10:30', ...input });

const statusOf = async (appointmentId: string) => (await c.reception.appointments.get({ appointmentId })).status;

describe('check-in of an appointment', () => {
  it("opens the visit with a ticket in the appointment's room, then follows the queue to completed", async () => {
    const booked = await book({ patientId: await c.patient('Tan Ah Kow') });
    const { appointment, checkIn } = await c.reception.appointments.checkIn({ appointmentId: booked.id, chiefComplaint: 'review' });
    expect(checkIn).toMatchObject({ ticketNo: 'A001', roomId: c.rooms.one });
    expect(appointment).toMatchObject({ status: 'checked_in', visitId: checkIn.visitId, ticketNo: 'A001' });
    expect((await c.reception.queue.list({ roomId: c.rooms.one })).waiting.map((e) => e.ticketNo)).toEqual(['A001']);

    const called = await c.reception.queue.callNext({ roomId: c.rooms.one });
    expect(await statusOf(booked.id)).toBe('in_progress');
    await c.reception.queue.complete({ entryId: called.entryId });
    const done = await c.reception.appointments.get({ appointmentId: booked.id });
    expect(done.status).toBe('completed');
    expect(done.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'confirmed', ''],
      ['confirmed', 'checked_in', 'A001'],
      ['checked_in', 'in_progress', ''],
      ['in_progress', 'completed', ''],
    ]);
    const audit = await c.admin.audit.list({ entity: 'appointment', entityId: booked.id });
    expect(audit.map((row) => row.action).sort()).toEqual(['appointment.book', 'appointment.checkIn', 'appointment.finish', 'appointment.start']);
  });

  it('is refused on another day or twice — changing nothing', async () => {
    const tomorrow = await book({ patientId: await c.patient('Lim Mei'), date: '2026-11-24' });
    expect(await refusalDetailsOf(c.reception.appointments.checkIn({ appointmentId: tomorrow.id }))).toEqual({
      code: 'APPOINTMENT_WRONG_STATE',
      details: { status: 'confirmed', action: 'checkIn', date: '2026-11-24' },
    });

    const once = await book({ patientId: await c.patient('Ravi Kumar'), start: '11:45' });
    await c.reception.appointments.checkIn({ appointmentId: once.id });
    expect(await refusalOf(c.reception.appointments.checkIn({ appointmentId: once.id }))).toBe('APPOINTMENT_WRONG_STATE');
  });

  it("joins a walk-in's open visit: checked in with that ticket, no second ticket, audited", async () => {
    const walkedIn = await c.patient('Ong Bee Lian');
    const walkIn = await c.reception.queue.checkIn({ patientId: walkedIn, roomId: c.rooms.two, chiefComplaint: 'cough', priority: 'normal' });
    const alreadyHere = await book({ patientId: walkedIn, start: '11:30' });
    const { appointment, checkIn, joinedVisit } = await c.reception.appointments.checkIn({ appointmentId: alreadyHere.id, roomId: c.rooms.one });
    expect(joinedVisit).toBe(true);
    expect(checkIn).toEqual(walkIn);
    expect(appointment).toMatchObject({ status: 'checked_in', visitId: walkIn.visitId, ticketNo: walkIn.ticketNo });
    expect((await c.reception.queue.list({ roomId: c.rooms.one })).waiting.map((e) => e.patientId)).not.toContain(walkedIn);
    expect((await c.reception.queue.list({ roomId: c.rooms.two })).waiting.filter((e) => e.patientId === walkedIn)).toHaveLength(1);
    const audit = await c.admin.audit.list({ entity: 'appointment', entityId: alreadyHere.id });
    expect(audit.find((row) => row.action === 'appointment.checkIn')).toBeDefined();

    // The same visit cannot carry the patient's second appointment of the day.
    const second = await book({ patientId: walkedIn, doctorId: c.doctors.kumar, start: '15:00' });
    expect(await refusalOf(c.reception.appointments.checkIn({ appointmentId: second.id }))).toBe('VISIT_ALREADY_OPEN');
    expect(await statusOf(second.id)).toBe('confirmed');

    // …and the appointment follows the walk-in's ticket from then on.
    const called = await c.reception.queue.callNext({ roomId: c.rooms.two });
    expect(called.ticketNo).toBe(walkIn.ticketNo);
    expect(await statusOf(alreadyHere.id)).toBe('in_progress');
  });

  it("takes the desk's no-show back within ten minutes, and not after", async () => {
    const soon = await book({ patientId: await c.patient('Back Soon'), start: '16:00' });
    await c.reception.appointments.noShow({ appointmentId: soon.id });
    await minutesLater(9);
    expect(await c.reception.appointments.undoNoShow({ appointmentId: soon.id })).toMatchObject({ status: 'confirmed' });
    const audit = await c.admin.audit.list({ entity: 'appointment', entityId: soon.id });
    expect(audit.map((row) => row.action)).toContain('appointment.undoNoShow');

    await c.reception.appointments.noShow({ appointmentId: soon.id });
    await minutesLater(10);
    expect(await refusalDetailsOf(c.reception.appointments.undoNoShow({ appointmentId: soon.id }))).toMatchObject({ code: 'APPOINTMENT_UNDO_TOO_LATE', details: { minutes: 10 } });
    expect(await statusOf(soon.id)).toBe('no_show');
  });

  it("brings the appointment back with its ticket when the queue takes the no-show back", async () => {
    const booked = await book({ patientId: await c.patient('Toilet Break'), doctorId: c.doctors.kumar, start: '16:30' });
    const { checkIn } = await c.reception.appointments.checkIn({ appointmentId: booked.id, roomId: c.rooms.one });
    await c.reception.queue.noShow({ entryId: checkIn.entryId });
    expect(await statusOf(booked.id)).toBe('no_show');
    expect(await refusalOf(c.reception.appointments.undoNoShow({ appointmentId: booked.id }))).toBe('APPOINTMENT_WRONG_STATE');
    await c.reception.queue.undoNoShow({ entryId: checkIn.entryId });
    expect(await c.reception.appointments.get({ appointmentId: booked.id })).toMatchObject({ status: 'checked_in', visitId: checkIn.visitId });
  });

  it("sends the ticket to another room's queue when asked, and ends as a no-show with the ticket", async () => {
    const booked = await book({ patientId: await c.patient('Siti Aminah'), doctorId: c.doctors.kumar, start: '12:00' });
    const { checkIn } = await c.reception.appointments.checkIn({ appointmentId: booked.id, roomId: c.rooms.procedure });
    expect(checkIn.ticketNo).toBe('P001');
    await c.reception.queue.noShow({ entryId: checkIn.entryId });
    expect(await statusOf(booked.id)).toBe('no_show');
  });

  it('stays in progress while the visit moves on to the pharmacy, and completes when the visit ends', async () => {
    const booked = await book({ patientId: await c.patient('Kavitha'), start: '12:15' });
    const { checkIn } = await c.reception.appointments.checkIn({ appointmentId: booked.id, roomId: c.rooms.treatment });
    const called = await c.reception.queue.callNext({ roomId: c.rooms.treatment });
    expect(called.ticketNo).toBe(checkIn.ticketNo);
    await c.reception.queue.transfer({ entryId: called.entryId, toRoomId: pharmacy });
    expect(await statusOf(booked.id)).toBe('in_progress');
    const atPharmacy = await c.reception.queue.callNext({ roomId: pharmacy });
    expect(await statusOf(booked.id)).toBe('in_progress');
    await c.reception.queue.complete({ entryId: atPharmacy.entryId });
    expect(await statusOf(booked.id)).toBe('completed');
  });

  it('refuses a no-show for a patient who waits in today\'s queue as a walk-in', async () => {
    const patientId = await c.patient('Waiting Walk In');
    const booked = await book({ patientId, start: '12:40' });
    const walkIn = await c.reception.queue.checkIn({ patientId, roomId: c.rooms.one, chiefComplaint: 'fever', priority: 'normal' });
    expect(await refusalDetailsOf(c.reception.appointments.noShow({ appointmentId: booked.id }))).toMatchObject({ code: 'APPOINTMENT_PATIENT_IN_QUEUE', details: { ticketNo: walkIn.ticketNo } });
    expect(await statusOf(booked.id)).toBe('confirmed');
  });

  it("does not touch a patient's appointment when a walk-in visit of theirs is called and closed", async () => {
    const patientId = await c.patient('Walk In');
    const later = await book({ patientId, doctorId: c.doctors.kumar, start: '14:00' });
    const exam = (await c.admin.rooms.save({ code: 'EX', name: 'Exam', kind: 'exam', ticketPrefix: 'E', active: true })).id;
    await c.reception.queue.checkIn({ patientId, roomId: exam, chiefComplaint: 'blood test', priority: 'normal' });
    const called = await c.reception.queue.callNext({ roomId: exam });
    expect((await c.reception.queue.complete({ entryId: called.entryId })).status).toBe('done');
    expect(await c.reception.appointments.get({ appointmentId: later.id })).toMatchObject({ status: 'confirmed', visitId: null });
  });
});
