import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appointmentClinic, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { DEFAULT_ROLE_PERMISSIONS } from '../../../shared/permissions';
import type { BookAppointmentInput } from '../../../shared/schemas/appointments';

// Monday 23 November 2026, 10:00 in Kuala Lumpur.
const MONDAY_TEN = new Date('2026-11-23T02:00:00Z');

/** A user who may set up schedules and rooms but not see the calendar. */
let planner: Awaited<ReturnType<typeof userWithRoles>>['caller'];
const c = clinicForTests(async () => {
  const clinic = await appointmentClinic({ clock: () => MONDAY_TEN });
  // Roles are a fixed set whose permissions an admin adjusts: HQ staff here gain set-up, not booking.
  await clinic.admin.roles.updatePermissions({ role: 'hq_staff', permissions: [...DEFAULT_ROLE_PERMISSIONS.hq_staff, 'schedules.manage', 'clinic.manage'] });
  planner = (await userWithRoles(clinic.testHub, clinic.admin, 'hq.planner', ['hq_staff'])).caller;
  return clinic;
});

let patients = 0;
const bookNew = async (input: Omit<Partial<BookAppointmentInput>, 'patientId'> & { date: string }) => c.book({ patientId: await c.patient(`Patient ${++patients}`), ...input });
const leave = (date: string) => ({ kind: 'leave' as const, doctorId: c.doctors.lim, roomId: null, resourceId: null, from: `${date}T00:00`, to: `${date}T23:59`, reason: '' });

describe('who is told which appointments a change stranded', () => {
  it('gives a planner without the calendar the count only, and the admin the list', async () => {
    expect(await refusalOf(planner.appointments.stranded({ fromDate: '2026-11-24', toDate: '2026-11-24' }))).toBe('FORBIDDEN');
    await bookNew({ date: '2026-11-24', start: '09:00' });
    const byPlanner = await planner.appointments.blocks.save(leave('2026-11-24'));
    expect(byPlanner).toMatchObject({ strandedCount: 1, stranded: [] });
    expect((await c.admin.appointments.blocks.list({ fromDate: '2026-11-24', toDate: '2026-11-24' })).map((b) => b.id)).toEqual([byPlanner.id]);

    const booked = await bookNew({ date: '2026-11-25', start: '09:00' });
    const byAdmin = await c.admin.appointments.blocks.save(leave('2026-11-25'));
    expect(byAdmin.strandedCount).toBe(1);
    expect(byAdmin.stranded.map((s) => [s.appointment.id, s.appointment.patientName, s.reason])).toEqual([[booked.id, booked.patientName, 'doctor_leave']]);
  });

  it('withholds the list from the template, room and resource saves too', async () => {
    const late = await bookNew({ date: '2026-11-26', start: '16:00', doctorId: c.doctors.kumar });
    const mornings = { doctorId: c.doctors.kumar, slotMinutes: 15, sessions: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '13:00', roomId: c.rooms.two })), breaks: [] };
    expect(await planner.appointments.schedules.save(mornings)).toMatchObject({ strandedCount: 1, stranded: [] });

    await bookNew({ date: '2026-11-27', start: '09:00', typeId: c.types.PROC });
    const room = { id: c.rooms.procedure, code: 'PR', name: 'Bilik Prosedur', kind: 'procedure' as const, ticketPrefix: 'P', capacity: 1, cleanupMinutes: 10 };
    expect(await planner.rooms.save({ ...room, active: false })).toMatchObject({ active: false });
    expect(await planner.appointments.strandedInRoom({ roomId: room.id })).toMatchObject({ strandedCount: 1, stranded: [] });

    await bookNew({ date: '2026-11-27', start: '10:00', typeId: c.types.WOUND });
    const nurse = { id: c.nurseId, name: 'Nurse Siti', kind: 'nurse' as const, userId: null };
    expect(await planner.appointments.resources.save({ ...nurse, active: false })).toMatchObject({ active: false, strandedCount: 1, stranded: [] });

    // The same changes saved again by the admin name what the planner was only counted.
    const again = await c.admin.appointments.schedules.save(mornings);
    expect([again.strandedCount, again.stranded.map((s) => s.appointment.id)]).toEqual([1, [late.id]]);
    const roomAgain = await c.admin.appointments.strandedInRoom({ roomId: room.id });
    expect([roomAgain.strandedCount, roomAgain.stranded.map((s) => s.reason)]).toEqual([1, ['room_unavailable']]);
  });
});
