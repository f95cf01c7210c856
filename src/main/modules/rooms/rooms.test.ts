import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, registerWalkIn } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = (code: string, name: string, ticketPrefix: string) => admin.rooms.save({ code, name, kind: 'consultation', ticketPrefix, active: true });
  return { testHub, admin, reception, one: await room('1', 'Bilik 1', 'A'), two: await room('2', 'Bilik 2', 'B') };
});

describe('rooms', () => {
  it('keeps room codes unique, and only clinic managers change rooms', async () => {
    expect(await refusalOf(clinic.admin.rooms.save({ code: '1', name: 'Another Bilik 1', kind: 'consultation', ticketPrefix: 'C', active: true }))).toBe('ROOM_CODE_TAKEN');
    expect(await refusalOf(clinic.reception.rooms.save({ code: 'X', name: 'Bilik X', kind: 'consultation', ticketPrefix: 'X', active: true }))).toBe('FORBIDDEN');
  });

  it('takes no new patients in a retired room, neither at check-in nor by transfer, and takes them again once reopened', async () => {
    const retired = await clinic.admin.rooms.save({ code: 'R', name: 'Bilik Lama', kind: 'consultation', ticketPrefix: 'R', active: false });
    const checkIn = async (roomId: string, fullName: string) =>
      clinic.reception.queue.checkIn({ patientId: await registerWalkIn(clinic.reception, fullName), roomId, chiefComplaint: 'fever', priority: 'normal' });
    expect(await refusalOf(checkIn(retired.id, 'Ahmad bin Ali'))).toBe('ROOM_INACTIVE');
    const visit = await checkIn(clinic.one.id, 'Chong Wei Ming');
    expect(await refusalOf(clinic.reception.queue.transfer({ entryId: visit.entryId, toRoomId: retired.id }))).toBe('ROOM_INACTIVE');
    expect((await clinic.reception.queue.list({ roomId: retired.id })).waiting).toEqual([]);
    expect((await clinic.reception.queue.list({ roomId: clinic.one.id })).waiting.map((e) => e.ticketNo)).toEqual([visit.ticketNo]);
    await clinic.admin.rooms.save({ ...retired, active: true });
    await clinic.reception.queue.transfer({ entryId: visit.entryId, toRoomId: retired.id });
    expect((await clinic.reception.queue.list({ roomId: retired.id })).waiting.map((e) => e.ticketNo)).toEqual([visit.ticketNo]);
  });
});
