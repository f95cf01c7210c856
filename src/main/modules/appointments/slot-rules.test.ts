import { describe, expect, it } from 'vitest';
import type { DayPicture, TimedBlock, Wanted } from './availability';
import { daySlots, slotGrid } from './slot-rules';

describe('slotGrid', () => {
  it('steps by the slot length from each session start while the appointment still fits', () => {
    expect(slotGrid([{ start: 540, end: 600 }], 15, 20).map((s) => s.start)).toEqual([540, 555, 570]);
    expect(slotGrid([{ start: 540, end: 600 }], 15, 60).map((s) => s.start)).toEqual([540]);
    expect(slotGrid([{ start: 540, end: 600 }], 15, 75)).toEqual([]);
    expect(slotGrid([{ start: 540, end: 570 }, { start: 840, end: 870 }], 10, 10).map((s) => s.start)).toEqual([540, 550, 560, 840, 850, 860]);
  });
});

/** 09:00–11:00 in room C1 with tea 10:00–10:15; a procedure room; one nurse. */
function day(over: Partial<DayPicture> = {}): DayPicture {
  return {
    doctorId: 'dr',
    now: -1,
    sessions: [{ start: 540, end: 660, roomId: 'C1' }],
    breaks: [{ start: 600, end: 615, label: 'tea' }],
    blocks: [],
    bookings: [],
    rooms: [
      { id: 'C1', name: 'Bilik 1', kind: 'consultation', active: true, capacity: 1, cleanupMinutes: 0 },
      { id: 'P1', name: 'Procedure', kind: 'procedure', active: true, capacity: 1, cleanupMinutes: 15 },
    ],
    resources: [{ id: 'N1', name: 'Nurse Siti', kind: 'nurse', active: true }],
    ...over,
  };
}

type Need = Pick<Wanted, 'roomKind' | 'resourceKind'>;
const consultation: Need = { roomKind: null, resourceKind: null };
const reasons = (picture: DayPicture, need: Need = consultation, minutes = 30) =>
  Object.fromEntries(daySlots(picture, 30, need, minutes).map((s) => [s.start, s.free ? 'free' : s.reason]));

describe('daySlots', () => {
  it('marks free slots and breaks, with clinic-clock start and end', () => {
    const slots = daySlots(day(), 30, consultation, 30);
    expect(slots[0]).toEqual({ start: '09:00', end: '09:30', free: true, reason: null });
    expect(reasons(day())).toEqual({ '09:00': 'free', '09:30': 'free', '10:00': 'break', '10:30': 'free' });
  });

  it('marks the past up to now, and the first busy reason after it', () => {
    // 09:35 now: a slot that has started is past, even if it has not ended.
    expect(reasons(day({ now: 575 }))).toEqual({ '09:00': 'past', '09:30': 'past', '10:00': 'break', '10:30': 'free' });
  });

  it('marks leave, blocked time and clinic holidays', () => {
    const block = (kind: TimedBlock['kind'], start: number, end: number, doctorId: string | null = 'dr'): TimedBlock => ({ kind, start, end, doctorId, roomId: null, resourceId: null });
    expect(reasons(day({ blocks: [block('leave', 630, 1440)] }))).toEqual({ '09:00': 'free', '09:30': 'free', '10:00': 'break', '10:30': 'leave' });
    expect(reasons(day({ blocks: [block('blocked', 540, 560)] }))['09:00']).toBe('blocked');
    // The first reason wins, in the order past, break, leave, blocked, holiday.
    expect(Object.values(reasons(day({ blocks: [block('holiday', -60, 1440, null)] })))).toEqual(['holiday', 'holiday', 'break', 'holiday']);
  });

  it("marks the doctor's bookings, a full room and a busy nurse", () => {
    const booked = { id: 'a', start: 540, end: 555, doctorId: 'dr', roomId: 'C1', resourceId: null };
    expect(reasons(day({ bookings: [booked] }))['09:00']).toBe('booked');
    const procedureRoomBusy = { id: 'b', start: 540, end: 570, doctorId: 'other', roomId: 'P1', resourceId: null };
    // Clean-up keeps the procedure room until 09:45, so 09:30 is taken too.
    expect(reasons(day({ bookings: [procedureRoomBusy] }), { roomKind: 'procedure', resourceKind: null })).toMatchObject({ '09:00': 'room', '09:30': 'room', '10:30': 'free' });
    const nurseBusy = { id: 'c', start: 630, end: 660, doctorId: 'other', roomId: null, resourceId: 'N1' };
    expect(reasons(day({ bookings: [nurseBusy] }), { roomKind: null, resourceKind: 'nurse' })).toMatchObject({ '09:00': 'free', '10:30': 'resource' });
  });
});
