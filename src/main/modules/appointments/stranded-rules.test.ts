import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../../shared/schemas/appointments';
import type { Booking, DayPicture, TimedBlock } from './availability';
import { strandedBy, strandedReason, type HeldAppointment } from './stranded-rules';
import { doctorsTuesday } from './doctors-tuesday.fixture';

/** Dr's Tuesday with room C1, a treatment room and a nurse. */
function day(over: Partial<DayPicture> = {}): DayPicture {
  return doctorsTuesday({
    rooms: [
      { id: 'C1', name: 'Room C1', kind: 'consultation', active: true, capacity: 1, cleanupMinutes: 0 },
      { id: 'T1', name: 'Room T1', kind: 'treatment', active: true, capacity: 1, cleanupMinutes: 0 },
    ],
    resources: [{ id: 'N1', name: 'Nurse Siti', kind: 'nurse', active: true }],
    ...over,
  });
}

/** A consultation in the doctor's room at 09:00. */
const consult = (start = 540, over: Partial<HeldAppointment> = {}): HeldAppointment => ({ start, end: start + 15, roomKind: null, resourceKind: null, roomId: 'C1', resourceId: null, ...over });
/** A wound dressing in T1 with nurse N1 at 09:00. */
const dressing = (over: Partial<HeldAppointment> = {}): HeldAppointment => ({ start: 540, end: 560, roomKind: 'treatment', resourceKind: 'nurse', roomId: 'T1', resourceId: 'N1', ...over });
const block = (kind: BlockKind, over: Partial<TimedBlock> = {}): TimedBlock => ({ start: 0, end: 1440, kind, doctorId: null, roomId: null, resourceId: null, ...over });
const other = (over: Partial<Booking>): Booking => ({ id: 'other', start: 540, end: 560, doctorId: 'dr', roomId: null, resourceId: null, ...over });

describe('strandedBy: the doctor and the clinic', () => {
  it('holds an appointment inside a session, out of breaks and blocks', () => {
    expect(strandedBy(day(), consult())).toBeNull();
    expect(strandedBy(day(), dressing())).toBeNull();
  });

  it('strands one the sessions no longer hold, wholly or across the new end', () => {
    expect(strandedBy(day({ sessions: [{ start: 600, end: 720, roomId: 'C1' }] }), consult())).toBe('outside_hours');
    expect(strandedBy(day({ sessions: [{ start: 540, end: 550, roomId: 'C1' }] }), consult())).toBe('outside_hours');
    expect(strandedBy(day({ sessions: [] }), consult())).toBe('outside_hours');
  });

  it('strands one a new break covers', () => {
    expect(strandedBy(day(), consult(625))).toBe('break');
  });

  it("names whose block it is: the doctor's leave or blocked time, the clinic's holiday or closure", () => {
    expect(strandedBy(day({ blocks: [block('leave', { doctorId: 'dr' })] }), consult())).toBe('doctor_leave');
    expect(strandedBy(day({ blocks: [block('blocked', { doctorId: 'dr', start: 545, end: 550 })] }), consult())).toBe('doctor_blocked');
    expect(strandedBy(day({ blocks: [block('holiday')] }), consult())).toBe('clinic_holiday');
    expect(strandedBy(day({ blocks: [block('blocked')] }), consult())).toBe('clinic_closed');
  });

  it("leaves it alone for another doctor's leave, or a block that ends as it starts", () => {
    expect(strandedBy(day({ blocks: [block('leave', { doctorId: 'someone-else' })] }), consult())).toBeNull();
    expect(strandedBy(day({ blocks: [block('leave', { doctorId: 'dr', start: 0, end: 540 })] }), consult())).toBeNull();
  });

  it('never strands one whose time has come', () => {
    expect(strandedBy(day({ now: 545, blocks: [block('holiday')] }), consult())).toBeNull();
    expect(strandedBy(day({ now: 2000, sessions: [] }), consult())).toBeNull();
  });
});

describe('strandedBy: its room and resource', () => {
  it('strands one whose room is inactive, blocked or of another kind now', () => {
    const rooms = day().rooms;
    expect(strandedBy(day({ rooms: [{ ...rooms[0], active: false }, rooms[1]] }), consult())).toBe('room_unavailable');
    expect(strandedBy(day({ blocks: [block('blocked', { roomId: 'T1' })] }), dressing())).toBe('room_unavailable');
    expect(strandedBy(day({ rooms: [rooms[0], { ...rooms[1], kind: 'procedure' }] }), dressing())).toBe('room_unavailable');
  });

  it('strands one whose nurse is inactive or on leave', () => {
    expect(strandedBy(day({ resources: [{ id: 'N1', name: 'Nurse Siti', kind: 'nurse', active: false }] }), dressing())).toBe('resource_unavailable');
    expect(strandedBy(day({ blocks: [block('leave', { resourceId: 'N1' })] }), dressing())).toBe('resource_unavailable');
  });

  it('ignores clashes with appointments accepted together, and they hide no retired resource', () => {
    const fullRoom = other({ doctorId: 'kumar', roomId: 'T1' });
    expect(strandedBy(day({ bookings: [fullRoom, other({ id: 'mine-too' })] }), dressing())).toBeNull();
    const retired = { resources: [{ id: 'N1', name: 'Nurse Siti', kind: 'nurse' as const, active: false }] };
    expect(strandedBy(day({ bookings: [fullRoom], ...retired }), dressing())).toBe('resource_unavailable');
  });

  it('reads a full room or busy resource as a clash, not as stranded', () => {
    const room = day().rooms[1];
    expect(strandedReason({ kind: 'room', room, clash: other({}) })).toBeNull();
    expect(strandedReason({ kind: 'resource', resource: day().resources[0], clash: other({}) })).toBeNull();
    expect(strandedReason({ kind: 'room', room: null, clash: null })).toBe('room_unavailable');
  });
});
