import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, registerWalkIn, unlockAfterClockMove } from '../../../../tests/support/test-hub';
import type { Priority, QueueBoard } from '../../../shared/schemas/queue';

// 10:00 in Kuala Lumpur on 23 November; tests move the clock to reach the next clinic day.
let clock = new Date('2026-11-23T02:00:00Z');
const room: Record<string, string> = {};

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  for (const [code, name, kind, ticketPrefix] of [
    ['1', 'Bilik 1', 'consultation', 'A'],
    ['2', 'Bilik 2', 'consultation', 'B'],
    ['3', 'Bilik 3', 'consultation', 'C'],
    ['PH', 'Farmasi', 'pharmacy', 'P'],
  ] as const) {
    room[code] = (await admin.rooms.save({ code, name, kind, ticketPrefix, active: true })).id;
  }
  return { testHub, admin, desk: reception };
});

/** Moves the hub's clock; sessions idle that long lock, so both users unlock again. */
async function moveClockTo(instant: Date): Promise<void> {
  clock = instant;
  await unlockAfterClockMove(clinic.admin, clinic.desk);
}

const patient = (name: string): Promise<string> => registerWalkIn(clinic.desk, name);

async function checkIn(roomCode: string, name: string, priority: Priority = 'normal', emergencyReason?: string) {
  return clinic.desk.queue.checkIn({ patientId: await patient(name), roomId: room[roomCode], chiefComplaint: 'fever', priority, emergencyReason });
}

const waitingTickets = async (roomCode: string) => (await clinic.desk.queue.list({ roomId: room[roomCode] })).waiting.map((e) => e.ticketNo);

describe('check-in and tickets', () => {
  it('issues A001, A002… per room prefix, and starts again on the next clinic day', async () => {
    expect((await checkIn('1', 'Tan Ah Kow')).ticketNo).toBe('A001');
    expect((await checkIn('1', 'Lim Mei')).ticketNo).toBe('A002');
    expect((await checkIn('PH', 'Siti Aminah')).ticketNo).toBe('P001');
    // 16:30 UTC is 00:30 on the 24th in Kuala Lumpur.
    await moveClockTo(new Date('2026-11-23T16:30:00Z'));
    expect((await checkIn('1', 'Ravi Kumar')).ticketNo).toBe('A001');
    expect(await waitingTickets('1')).toEqual(['A001']);
    await moveClockTo(new Date('2026-11-24T02:00:00Z'));
  });

  it('refuses a second open visit the same day, and an emergency without a reason', async () => {
    const patientId = await patient('Ong Bee Lian');
    const first = await clinic.desk.queue.checkIn({ patientId, roomId: room['2'], chiefComplaint: 'cough', priority: 'normal' });
    expect(await refusalOf(clinic.desk.queue.checkIn({ patientId, roomId: room['2'], chiefComplaint: 'cough', priority: 'normal' }))).toBe('VISIT_ALREADY_OPEN');
    expect(first.ticketNo).toMatch(/^B\d{3}$/);
    expect(await refusalOf(clinic.desk.queue.checkIn({ patientId: await patient('Kumar'), roomId: room['2'], chiefComplaint: 'x', priority: 'emergency' }))).toBe('VALIDATION_FAILED');
  });
});

describe('calling', () => {
  it('calls emergency, then urgent, then the rest by arrival, and lists position and waiting time', async () => {
    const n1 = await checkIn('3', 'Normal One');
    await moveClockTo(new Date(clock.getTime() + 60_000));
    await checkIn('3', 'Elderly One', 'elderly');
    await checkIn('3', 'Urgent One', 'urgent');
    const x = await checkIn('3', 'Emergency One', 'emergency', 'chest pain');
    await moveClockTo(new Date(clock.getTime() + 5 * 60_000));
    const list = await clinic.desk.queue.list({ roomId: room['3'] });
    expect(list.waiting.map((e) => [e.ticketNo, e.position])).toEqual([[x.ticketNo, 1], ['C003', 2], [n1.ticketNo, 3], ['C002', 4]]);
    expect(list.waiting[2].waitingMinutes).toBe(6);
    expect((await clinic.desk.queue.callNext({ roomId: room['3'] })).ticketNo).toBe(x.ticketNo);
    expect((await clinic.desk.queue.callNext({ roomId: room['3'] })).ticketNo).toBe('C003');
    const after = await clinic.desk.queue.list({ roomId: room['3'] });
    expect(after.current?.ticketNo).toBe('C003');
    expect(after.waiting.map((e) => e.ticketNo)).toEqual([n1.ticketNo, 'C002']);
  });

  it('recalls the ticket being seen, and refuses an empty queue without changing anything', async () => {
    const recalled = await clinic.desk.queue.recall({ roomId: room['3'] });
    expect(recalled).toMatchObject({ ticketNo: 'C003', calledCount: 2 });
    await clinic.desk.queue.callNext({ roomId: room['3'] });
    await clinic.desk.queue.callNext({ roomId: room['3'] });
    const before = await clinic.desk.queue.list({ roomId: room['3'] });
    expect(await refusalOf(clinic.desk.queue.callNext({ roomId: room['3'] }))).toBe('QUEUE_EMPTY');
    expect(await clinic.desk.queue.list({ roomId: room['3'] })).toEqual(before);
  });

  it('brings a skipped ticket back after N further tickets', async () => {
    const a = await checkIn('2', 'Skip Me');
    await checkIn('2', 'Second');
    await checkIn('2', 'Third');
    await checkIn('2', 'Fourth');
    // The earlier B ticket (from the duplicate check) is first; call it away.
    await clinic.desk.queue.callNext({ roomId: room['2'] });
    const called = await clinic.desk.queue.callNext({ roomId: room['2'] });
    expect(called.ticketNo).toBe(a.ticketNo);
    const skipped = await clinic.desk.queue.skip({ entryId: called.entryId, returnAfter: 2 });
    expect(skipped).toMatchObject({ status: 'skipped', skipReturnsAfter: 2 });
    const order = [];
    for (let i = 0; i < 4; i += 1) order.push((await clinic.desk.queue.callNext({ roomId: room['2'] })).ticketNo);
    expect(order).toEqual(['B003', 'B004', a.ticketNo, 'B005']);
  });

  it('transfers a ticket to the pharmacy with the same number, and marks a no-show', async () => {
    const tan = { patientId: await patient('Mr Tan'), roomId: room['1'], chiefComplaint: 'fever', priority: 'normal' } as const;
    const visit = await clinic.desk.queue.checkIn(tan);
    while ((await clinic.desk.queue.callNext({ roomId: room['1'] })).ticketNo !== visit.ticketNo) { /* call until Mr Tan */ }
    const moved = await clinic.desk.queue.transfer({ entryId: visit.entryId, toRoomId: room.PH });
    expect(moved).toMatchObject({ ticketNo: visit.ticketNo, status: 'waiting' });
    expect(await waitingTickets('PH')).toContain(visit.ticketNo);
    // Still at the clinic, waiting at the pharmacy: the visit stays open.
    expect(await refusalOf(clinic.desk.queue.checkIn(tan))).toBe('VISIT_ALREADY_OPEN');
    expect(await refusalOf(clinic.desk.queue.complete({ entryId: visit.entryId }))).toBe('QUEUE_WRONG_STATE');
    const absent = await checkIn('1', 'Never Came');
    expect(await clinic.desk.queue.noShow({ entryId: absent.entryId })).toMatchObject({ status: 'no_show' });
    expect(await waitingTickets('1')).not.toContain(absent.ticketNo);
  });

  it('takes a no-show back within ten minutes, then no longer', async () => {
    const absent = await checkIn('1', 'Back From Toilet');
    await clinic.desk.queue.noShow({ entryId: absent.entryId });
    expect(await clinic.desk.queue.undoNoShow({ entryId: absent.entryId })).toMatchObject({ status: 'waiting' });
    expect(await waitingTickets('1')).toContain(absent.ticketNo);
    await clinic.desk.queue.noShow({ entryId: absent.entryId });
    await moveClockTo(new Date(clock.getTime() + 11 * 60_000));
    expect(await refusalOf(clinic.desk.queue.undoNoShow({ entryId: absent.entryId }))).toBe('QUEUE_UNDO_TOO_LATE');
    expect(await waitingTickets('1')).not.toContain(absent.ticketNo);
  });

  it('lets an emergency jump the queue, with the reason in the audit log', async () => {
    await checkIn('PH', 'First In Line');
    const late = await checkIn('PH', 'Collapsed', 'normal');
    const jumped = await clinic.desk.queue.jump({ entryId: late.entryId, reason: 'fainted in the waiting room' });
    expect(jumped).toMatchObject({ priority: 'emergency', position: 1 });
    expect((await waitingTickets('PH'))[0]).toBe(late.ticketNo);
    const audit = await clinic.admin.audit.list({ action: 'queue.jump' });
    expect(JSON.stringify(audit)).toContain('fainted in the waiting room');
    expect(await refusalOf(clinic.desk.queue.jump({ entryId: late.entryId, reason: 'x' }))).toBe('VALIDATION_FAILED');
  });
});

describe('the waiting-room board', () => {
  async function nextBoard(iterator: AsyncIterator<QueueBoard>): Promise<QueueBoard> {
    const result = await iterator.next();
    if (result.done) throw new Error('the board ended');
    return result.value;
  }

  it('is sent on subscribe and again after a call, without patient names by default', async () => {
    await checkIn('1', 'Board Patient');
    const iterator = (await clinic.desk.queue.board())[Symbol.asyncIterator]();
    const first = await nextBoard(iterator);
    expect(first.clinicName).toBe('Klinik Sejahtera');
    // Calls made at the same instant would tie; a real morning's never do.
    await moveClockTo(new Date(clock.getTime() + 1000));
    const call = await clinic.desk.queue.callNext({ roomId: room['1'] });
    const board = await nextBoard(iterator);
    expect(board.called[0]).toMatchObject({ ticketNo: call.ticketNo, roomName: 'Bilik 1', maskedName: null });
    expect(board.rooms.find((r) => r.roomId === room['1'])?.current?.ticketNo).toBe(call.ticketNo);
    expect(JSON.stringify(board)).not.toContain('Board Patient');
    await iterator.return?.();
  });

  it('drops a skipped ticket from Now serving, as the desk shows nobody called', async () => {
    const walkIn = await checkIn('3', 'Skipped On Board');
    await moveClockTo(new Date(clock.getTime() + 1000));
    let call = await clinic.desk.queue.callNext({ roomId: room['3'] });
    while (call.ticketNo !== walkIn.ticketNo) call = await clinic.desk.queue.callNext({ roomId: room['3'] });
    const iterator = (await clinic.desk.queue.board())[Symbol.asyncIterator]();
    expect((await nextBoard(iterator)).nowServing?.ticketNo).toBe(walkIn.ticketNo);
    await clinic.desk.queue.skip({ entryId: call.entryId, returnAfter: 2 });
    const board = await nextBoard(iterator);
    expect((await clinic.desk.queue.list({ roomId: room['3'] })).current).toBeNull();
    // Room 1's patient from the test before is still being seen; the skipped one is not.
    expect(board.nowServing?.ticketNo).not.toBe(walkIn.ticketNo);
    expect(board.called.map((c) => c.ticketNo)).not.toContain(walkIn.ticketNo);
    expect(board.rooms.find((r) => r.roomId === room['3'])?.current).toBeNull();
    await iterator.return?.();
  });

  it('opens on a display with the pairing code only, masked names when the clinic chooses', async () => {
    const settings = await clinic.admin.settings.all();
    expect(settings.display.pairingCode).toMatch(/^[A-Z0-9]{8}$/);
    await clinic.admin.settings.display.save({ ...settings.display, pairingCode: 'TV2026', showMaskedNames: true });
    const tv = clinic.testHub.caller(null);
    expect(await refusalOf(tv.display.board({ pairingCode: 'WRONG1' }))).toBe('DISPLAY_CODE_WRONG');
    const iterator = (await tv.display.board({ pairingCode: 'tv2026' }))[Symbol.asyncIterator]();
    const board = await nextBoard(iterator);
    expect(board.called[0]?.maskedName).toBe('BOARD P******');
    await iterator.return?.();
  });
});
