import { BLOCK_KINDS, type BlockKind, type ResourceKind } from '../../../shared/schemas/appointments';
import type { RoomKind } from '../../../shared/schemas/queue';
import { firstOverlap, overlaps, roomClash, type Interval } from './conflict-rules';
import { sessionHolding, type TimedBreak, type TimedSession } from './schedule-rules';

/**
 * Whether one doctor can see someone at a given time on one clinic day, and in which room and
 * with which nurse/therapist/equipment: the single judgement behind both the slot list and a
 * booking, so a slot shown free is one a booking accepts. Pure: the service reads the day into
 * a DayPicture (everything in minutes of that clinic day) and this decides.
 */

/** An active appointment that holds its doctor, room and resource. */
export interface Booking extends Interval {
  id: string;
  doctorId: string;
  roomId: string | null;
  resourceId: string | null;
}

/** Leave, blocked time or a holiday; all three ids null = the whole clinic. */
export interface TimedBlock extends Interval {
  kind: BlockKind;
  doctorId: string | null;
  roomId: string | null;
  resourceId: string | null;
}

export interface RoomOption {
  id: string;
  name: string;
  kind: RoomKind;
  active: boolean;
  capacity: number;
  cleanupMinutes: number;
}

export interface ResourceOption {
  id: string;
  name: string;
  kind: ResourceKind;
  active: boolean;
}

export interface DayPicture {
  doctorId: string;
  /** The present moment in minutes of this day: negative for a later day, past 1440 for an earlier one. */
  now: number;
  sessions: TimedSession[];
  breaks: TimedBreak[];
  blocks: TimedBlock[];
  /** Every active appointment touching the day, for every doctor (rooms and resources are shared). */
  bookings: Booking[];
  /** In the order a free one is chosen. */
  rooms: RoomOption[];
  resources: ResourceOption[];
}

/** A specific room or resource, or 'choose' for the first suitable free one. */
export type Choice = { id: string } | 'choose';

export interface Wanted extends Interval {
  /** From the appointment type: the kind of room it needs (null = the doctor's session room). */
  roomKind: RoomKind | null;
  /** From the appointment type: the kind of resource it needs (null = none). */
  resourceKind: ResourceKind | null;
  room: Choice;
  resource: Choice;
}

export type BlockOwner = 'doctor' | 'clinic' | 'room' | 'resource';

export type Problem =
  | { kind: 'past' }
  | { kind: 'not_working' }
  | { kind: 'break' }
  | { kind: 'block'; blockKind: BlockKind; owner: BlockOwner }
  | { kind: 'booked'; clash: Booking }
  /** `clash` is the appointment filling a named room; null when no suitable room was free. */
  | { kind: 'room'; room: RoomOption | null; clash: Booking | null }
  | { kind: 'resource'; resource: ResourceOption | null; clash: Booking | null };

export type Verdict = { ok: true; roomId: string | null; resourceId: string | null } | { ok: false; problem: Problem };

type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function judge(day: DayPicture, wanted: Wanted): Verdict {
  const refused = (problem: Problem): Verdict => ({ ok: false, problem });
  if (wanted.start < day.now) return refused({ kind: 'past' });
  const session = sessionHolding(day.sessions, wanted);
  if (!session) return refused({ kind: 'not_working' });
  if (day.breaks.some((b) => overlaps(b, wanted))) return refused({ kind: 'break' });
  const doctorBlock = firstBlock(day.blocks, wanted, (b) => b.doctorId === day.doctorId || isClinicWide(b));
  if (doctorBlock) return refused({ kind: 'block', blockKind: doctorBlock.kind, owner: doctorBlock.doctorId ? 'doctor' : 'clinic' });
  const doctorClash = firstOverlap(day.bookings.filter((b) => b.doctorId === day.doctorId), wanted);
  if (doctorClash) return refused({ kind: 'booked', clash: doctorClash });
  const room = pickRoom(day, wanted, session.roomId);
  if (!room.ok) return room;
  const resource = pickResource(day, wanted);
  if (!resource.ok) return resource;
  return { ok: true, roomId: room.value, resourceId: resource.value };
}

function isClinicWide(block: TimedBlock): boolean {
  return block.doctorId === null && block.roomId === null && block.resourceId === null;
}

/** The block in the way, leave before blocked time before holiday, so the reason is stable. */
function firstBlock(blocks: readonly TimedBlock[], wanted: Interval, applies: (b: TimedBlock) => boolean): TimedBlock | undefined {
  const inWay = blocks.filter((b) => applies(b) && overlaps(b, wanted));
  return inWay.sort((a, b) => BLOCK_KINDS.indexOf(a.kind) - BLOCK_KINDS.indexOf(b.kind))[0];
}

function roomOutcome(day: DayPicture, wanted: Interval, room: RoomOption): Outcome<string> {
  const block = firstBlock(day.blocks, wanted, (b) => b.roomId === room.id);
  if (block) return { ok: false, problem: { kind: 'block', blockKind: block.kind, owner: 'room' } };
  const clash = roomClash(day.bookings.filter((b) => b.roomId === room.id), wanted, room);
  if (clash) return { ok: false, problem: { kind: 'room', room, clash } };
  return { ok: true, value: room.id };
}

function pickRoom(day: DayPicture, wanted: Wanted, sessionRoomId: string | null): Outcome<string | null> {
  const noRoom: Outcome<string | null> = { ok: false, problem: { kind: 'room', room: null, clash: null } };
  const namedId = wanted.room !== 'choose' ? wanted.room.id : wanted.roomKind === null ? sessionRoomId : undefined;
  if (namedId === null) return { ok: true, value: null };
  if (namedId !== undefined) {
    const room = day.rooms.find((r) => r.id === namedId);
    if (!room?.active || (wanted.roomKind !== null && room.kind !== wanted.roomKind)) return noRoom;
    return roomOutcome(day, wanted, room);
  }
  const free = day.rooms.filter((r) => r.active && r.kind === wanted.roomKind).find((r) => roomOutcome(day, wanted, r).ok);
  return free ? { ok: true, value: free.id } : noRoom;
}

function resourceOutcome(day: DayPicture, wanted: Interval, resource: ResourceOption): Outcome<string> {
  const block = firstBlock(day.blocks, wanted, (b) => b.resourceId === resource.id);
  if (block) return { ok: false, problem: { kind: 'block', blockKind: block.kind, owner: 'resource' } };
  const clash = firstOverlap(day.bookings.filter((b) => b.resourceId === resource.id), wanted);
  if (clash) return { ok: false, problem: { kind: 'resource', resource, clash } };
  return { ok: true, value: resource.id };
}

function pickResource(day: DayPicture, wanted: Wanted): Outcome<string | null> {
  const none: Outcome<string | null> = { ok: false, problem: { kind: 'resource', resource: null, clash: null } };
  if (wanted.resource !== 'choose') {
    const namedId = wanted.resource.id;
    const resource = day.resources.find((r) => r.id === namedId);
    if (!resource?.active || (wanted.resourceKind !== null && resource.kind !== wanted.resourceKind)) return none;
    return resourceOutcome(day, wanted, resource);
  }
  if (wanted.resourceKind === null) return { ok: true, value: null };
  const free = day.resources.filter((r) => r.active && r.kind === wanted.resourceKind).find((r) => resourceOutcome(day, wanted, r).ok);
  return free ? { ok: true, value: free.id } : none;
}
