import { describe, expect, it } from 'vitest';
import { judge, type Booking, type DayPicture, type Wanted } from './availability';
import { doctorsTuesday } from './doctors-tuesday.fixture';

const room = (id: string, kind: 'consultation' | 'procedure' | 'treatment', capacity = 1, cleanupMinutes = 0) => ({ id, name: `Room ${id}`, kind, active: true, capacity, cleanupMinutes });
const booking = (start: number, end: number, over: Partial<Booking> = {}): Booking => ({ id: `b${start}`, start, end, doctorId: 'other', roomId: null, resourceId: null, ...over });

/** Dr's Tuesday with room C1, two procedure rooms (P1 cleaned for 10 minutes), a three-bed treatment room, an inactive nurse. */
function day(over: Partial<DayPicture> = {}): DayPicture {
  return doctorsTuesday({
    rooms: [room('C1', 'consultation'), room('P1', 'procedure', 1, 10), room('P2', 'procedure'), room('T1', 'treatment', 3)],
    resources: [
      { id: 'N1', name: 'Nurse Siti', kind: 'nurse', active: true },
      { id: 'N2', name: 'Nurse Ravi', kind: 'nurse', active: false },
    ],
    ...over,
  });
}

const consult = (start: number, minutes = 15): Wanted => ({ start, end: start + minutes, roomKind: null, resourceKind: null, room: 'choose', resource: 'choose' });
const procedure = (start: number, over: Partial<Wanted> = {}): Wanted => ({ start, end: start + 30, roomKind: 'procedure', resourceKind: null, room: 'choose', resource: 'choose', ...over });

describe('judge: the doctor', () => {
  it("books a consultation in the doctor's session room", () => {
    expect(judge(day(), consult(540))).toEqual({ ok: true, roomId: 'C1', resourceId: null });
  });

  it('refuses the past, outside sessions, across the session end, and breaks', () => {
    expect(judge(day({ now: 541 }), consult(540))).toEqual({ ok: false, problem: { kind: 'past' } });
    expect(judge(day(), consult(480))).toEqual({ ok: false, problem: { kind: 'not_working' } });
    expect(judge(day(), consult(710))).toEqual({ ok: false, problem: { kind: 'not_working' } });
    expect(judge(day(), consult(620))).toEqual({ ok: false, problem: { kind: 'break' } });
    expect(judge(day(), consult(615)).ok).toBe(true);
  });

  it("refuses the doctor's leave and blocked time and clinic holidays, not another doctor's leave", () => {
    const block = (kind: 'leave' | 'blocked' | 'holiday', doctorId: string | null) => ({ start: 0, end: 1440, kind, doctorId, roomId: null, resourceId: null });
    expect(judge(day({ blocks: [block('leave', 'dr')] }), consult(540))).toMatchObject({ ok: false, problem: { kind: 'block', blockKind: 'leave', owner: 'doctor' } });
    expect(judge(day({ blocks: [block('holiday', null)] }), consult(540))).toMatchObject({ ok: false, problem: { kind: 'block', blockKind: 'holiday', owner: 'clinic' } });
    expect(judge(day({ blocks: [block('holiday', null), block('blocked', 'dr')] }), consult(540))).toMatchObject({ problem: { blockKind: 'blocked' } });
    expect(judge(day({ blocks: [block('leave', 'someone-else')] }), consult(540)).ok).toBe(true);
  });

  it("refuses an overlap with the doctor's own appointment, naming it; ignores other doctors'", () => {
    const mine = booking(540, 555, { doctorId: 'dr', id: 'mine' });
    expect(judge(day({ bookings: [mine] }), consult(550))).toEqual({ ok: false, problem: { kind: 'booked', clash: mine } });
    expect(judge(day({ bookings: [mine] }), consult(555)).ok).toBe(true);
    expect(judge(day({ bookings: [booking(540, 555, { roomId: 'T1' })] }), consult(540)).ok).toBe(true);
  });
});

describe('judge: rooms and resources', () => {
  it('chooses the first free room of the kind, counting its clean-up time', () => {
    const inP1 = booking(540, 570, { roomId: 'P1' });
    expect(judge(day(), procedure(540))).toMatchObject({ ok: true, roomId: 'P1' });
    expect(judge(day({ bookings: [inP1] }), procedure(575))).toMatchObject({ ok: true, roomId: 'P2' });
    expect(judge(day({ bookings: [inP1] }), procedure(580))).toMatchObject({ ok: true, roomId: 'P1' });
    const full = [inP1, booking(560, 600, { roomId: 'P2' })];
    expect(judge(day({ bookings: full }), procedure(575))).toEqual({ ok: false, problem: { kind: 'room', room: null, clash: null } });
  });

  it('checks a named room: its kind, its bookings and its blocks', () => {
    const inP1 = booking(540, 570, { roomId: 'P1' });
    const p1 = day().rooms[1];
    expect(judge(day({ bookings: [inP1] }), procedure(575, { room: { id: 'P1' } }))).toEqual({ ok: false, problem: { kind: 'room', room: p1, clash: inP1 } });
    expect(judge(day(), procedure(575, { room: { id: 'C1' } }))).toMatchObject({ ok: false, problem: { kind: 'room', room: null } });
    const closed = { start: 0, end: 1440, kind: 'blocked' as const, doctorId: null, roomId: 'P1', resourceId: null };
    expect(judge(day({ blocks: [closed] }), procedure(575, { room: { id: 'P1' } }))).toMatchObject({ problem: { kind: 'block', owner: 'room' } });
    expect(judge(day({ blocks: [closed] }), procedure(575))).toMatchObject({ ok: true, roomId: 'P2' });
  });

  it('fills a capacity-3 treatment room with three doctors at once, not four', () => {
    const beds = [1, 2, 3].map((n) => booking(540, 570, { id: `t${n}`, roomId: 'T1', doctorId: `d${n}` }));
    const dressing: Wanted = { ...procedure(550), roomKind: 'treatment' };
    expect(judge(day({ bookings: beds.slice(0, 2) }), dressing)).toMatchObject({ ok: true, roomId: 'T1' });
    expect(judge(day({ bookings: beds }), dressing)).toMatchObject({ ok: false, problem: { kind: 'room', room: null } });
  });

  it('needs a free, active resource of the kind when the type asks for one', () => {
    const nurse: Wanted = { ...consult(540, 20), resourceKind: 'nurse' };
    expect(judge(day(), nurse)).toEqual({ ok: true, roomId: 'C1', resourceId: 'N1' });
    const busy = booking(530, 550, { resourceId: 'N1' });
    expect(judge(day({ bookings: [busy] }), nurse)).toEqual({ ok: false, problem: { kind: 'resource', resource: null, clash: null } });
    expect(judge(day({ bookings: [busy] }), { ...nurse, resource: { id: 'N1' } })).toMatchObject({ problem: { kind: 'resource', clash: busy } });
    expect(judge(day(), { ...nurse, resource: { id: 'N2' } })).toMatchObject({ problem: { kind: 'resource', resource: null } });
  });
});
