import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, registerWalkIn, unlockAfterClockMove, userWithRoles, type TestHub } from '../../../../tests/support/test-hub';
import type { VisitHistoryInput, VisitHistoryItem } from '../../../shared/schemas/queue';

type Caller = ReturnType<TestHub['caller']>;

// 10:00 in Kuala Lumpur on 23 November; tests move the clock to reach later clinic days.
let clock = new Date('2026-11-23T02:00:00Z');
const room: Record<'one' | 'pharmacy' | 'payment', string> = { one: '', pharmacy: '', payment: '' };

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  room.one = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  room.pharmacy = (await admin.rooms.save({ code: 'PH', name: 'Dispensary', kind: 'pharmacy', ticketPrefix: 'P', active: true })).id;
  room.payment = (await admin.rooms.save({ code: 'PY', name: 'Payment', kind: 'payment', ticketPrefix: 'Y', active: true })).id;
  return { testHub, admin, desk: reception };
});

/** Moves the hub's clock; sessions idle that long lock, so both users unlock again. */
async function moveClockTo(instant: Date): Promise<void> {
  clock = instant;
  await unlockAfterClockMove(clinic.admin, clinic.desk);
}

const nextDay = () => moveClockTo(new Date(clock.getTime() + 24 * 60 * 60_000));

const patient = (name: string): Promise<string> => registerWalkIn(clinic.desk, name);

/** A visit that has ended (a no-show), so the patient may check in again the same day. */
async function pastVisit(patientId: string, chiefComplaint = 'fever'): Promise<string> {
  const { entryId, ticketNo } = await clinic.desk.queue.checkIn({ patientId, roomId: room.one, chiefComplaint, priority: 'normal' });
  await clinic.desk.queue.noShow({ entryId });
  return ticketNo;
}

async function visitsOf(patientId: string, caller: Caller = clinic.desk): Promise<VisitHistoryItem[]> {
  return (await caller.queue.visitsForPatient({ patientId })).visits;
}

/** Every page in turn, as "Show more" reads them. */
async function allPages(input: Omit<VisitHistoryInput, 'cursor'>): Promise<VisitHistoryItem[][]> {
  const pages: VisitHistoryItem[][] = [];
  let cursor: VisitHistoryInput['cursor'] = null;
  do {
    const page = await clinic.desk.queue.visitsForPatient({ ...input, cursor });
    pages.push(page.visits);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe('a patient’s visit history', () => {
  it('holds only that patient’s visits', async () => {
    const tan = await patient('Tan Ah Kow');
    const lim = await patient('Lim Mei Ling');
    const tanTicket = await pastVisit(tan, 'cough');
    const limTicket = await pastVisit(lim, 'rash');
    expect((await visitsOf(tan)).map((v) => [v.ticketNo, v.chiefComplaint, v.patientId])).toEqual([[tanTicket, 'cough', tan]]);
    expect((await visitsOf(lim)).map((v) => [v.ticketNo, v.chiefComplaint, v.patientId])).toEqual([[limTicket, 'rash', lim]]);
    expect(await visitsOf(await patient('Never Visited'))).toEqual([]);
  });

  it('lists visits newest first across clinic days, with the clinic date and check-in time', async () => {
    const ravi = await patient('Ravi Kumar');
    const days: [string, string][] = [];
    for (let day = 0; day < 3; day++) {
      await nextDay();
      await pastVisit(ravi, `visit ${day}`);
      days.push([new Date(clock.getTime() + 8 * 60 * 60_000).toISOString().slice(0, 10), `visit ${day}`]);
    }
    const visits = await visitsOf(ravi);
    expect(visits.map((v) => [v.clinicDate, v.chiefComplaint])).toEqual(days.reverse());
    expect(visits.map((v) => v.checkedInTime)).toEqual(['10:00', '10:00', '10:00']);
    expect(visits[0]).toMatchObject({ status: 'no_show', priority: 'normal', emergencyReason: null });
  });

  it('lists the rooms and stations in the order the visit went through them, each with its state', async () => {
    const siti = await patient('Siti Aminah');
    const checkedIn = await clinic.desk.queue.checkIn({ patientId: siti, roomId: room.one, chiefComplaint: 'chest pain', priority: 'emergency', emergencyReason: 'chest pain, sweating' });
    await clinic.desk.queue.callNext({ roomId: room.one });
    const atPharmacy = await clinic.desk.queue.transfer({ entryId: checkedIn.entryId, toRoomId: room.pharmacy });
    await clinic.desk.queue.transfer({ entryId: atPharmacy.entryId, toRoomId: room.payment });
    const [visit] = await visitsOf(siti);
    expect(visit).toMatchObject({ ticketNo: checkedIn.ticketNo, priority: 'emergency', emergencyReason: 'chest pain, sweating', status: 'open' });
    expect(visit.steps.map((s) => [s.roomName, s.roomKind, s.status])).toEqual([
      ['Bilik 1', 'consultation', 'transferred'],
      ['Dispensary', 'pharmacy', 'transferred'],
      ['Payment', 'payment', 'waiting'],
    ]);
  });

  it('pages through every visit exactly once, newest first, also when visits share a check-in instant', async () => {
    const ong = await patient('Ong Bee Lian');
    const tickets: string[] = [];
    for (let n = 0; n < 7; n++) {
      tickets.push(await pastVisit(ong));
      // Visits 4 and 5 share an instant and fall on either side of the first page break: the id orders them.
      if (n !== 3) await moveClockTo(new Date(clock.getTime() + 60_000));
    }
    const pages = await allPages({ patientId: ong, limit: 3 });
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat().map((v) => v.ticketNo)).toEqual(tickets.reverse());
  });

  it('includes, on the record kept, the visits of the duplicates merged into it (also through a chain of merges)', async () => {
    const kept = await patient('Wong Kar Mun');
    const duplicate = await patient('Wong Kar Mun (IC typo)');
    const olderDuplicate = await patient('Wong K M');
    await nextDay();
    const olderTicket = await pastVisit(olderDuplicate);
    await nextDay();
    const duplicateTicket = await pastVisit(duplicate);
    await nextDay();
    const keptTicket = await pastVisit(kept);
    await clinic.admin.patients.merge({ survivorId: duplicate, mergedId: olderDuplicate });
    await clinic.admin.patients.merge({ survivorId: kept, mergedId: duplicate });
    const visits = await visitsOf(kept);
    expect(visits.map((v) => v.ticketNo)).toEqual([keptTicket, duplicateTicket, olderTicket]);
    expect(visits.map((v) => v.patientId)).toEqual([kept, duplicate, olderDuplicate]);
    expect((await allPages({ patientId: kept, limit: 1 })).flat().map((v) => v.ticketNo)).toEqual([keptTicket, duplicateTicket, olderTicket]);
    // A merged record still shows what was recorded under it, not the survivor's visits.
    expect((await visitsOf(duplicate)).map((v) => v.ticketNo)).toEqual([duplicateTicket, olderTicket]);
  });

  it('is refused to a user who may not view patients, and for a patient who does not exist', async () => {
    const tan = await patient('Tan Boon Hock');
    await pastVisit(tan);
    const finance = (await userWithRoles(clinic.testHub, clinic.admin, 'yusof', ['finance'])).caller;
    expect(await refusalOf(finance.queue.visitsForPatient({ patientId: tan }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.desk.queue.visitsForPatient({ patientId: '0195f7a2-0000-7000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect(await refusalOf(clinic.desk.patients.get({ id: '0195f7a2-0000-7000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect(await refusalOf(clinic.desk.queue.visitsForPatient({ patientId: tan, limit: 51 }))).toBe('VALIDATION_FAILED');
  });
});
