/**
 * Clashes between bookings, without a database. Times are plain numbers (the services use
 * minutes of the clinic day) and every interval is half-open, [start, end): an appointment
 * ending at 09:15 leaves 09:15 free for the next one.
 */

export interface Interval {
  start: number;
  end: number;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The earliest-starting interval that overlaps `candidate`, if any. */
export function firstOverlap<T extends Interval>(items: readonly T[], candidate: Interval): T | undefined {
  return [...items].sort((a, b) => a.start - b.start).find((item) => overlaps(item, candidate));
}

/**
 * The most intervals in progress at any one moment: a sweep over start and end points, ends
 * before starts at the same time (half-open), so back-to-back bookings count as one at a time.
 */
export function maxConcurrency(intervals: readonly Interval[]): number {
  const points = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 },
  ]);
  points.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let most = 0;
  for (const point of points) {
    current += point.delta;
    most = Math.max(most, current);
  }
  return most;
}

export interface RoomRule {
  capacity: number;
  /** Minutes after each appointment the room stays taken for cleaning. */
  cleanupMinutes: number;
}

/**
 * Whether a room can take `candidate` besides `booked`: each appointment holds the room for
 * [start, end + clean-up), and at no moment may more than `capacity` hold it. Only the time the
 * candidate itself would hold the room matters, so the others are clipped to that window before
 * the sweep: two bookings that overlap each other earlier in the morning do not fill the room
 * for a candidate that only meets one of them. Returns the earliest booking in the way when the
 * room is full, for the message; undefined when the candidate fits.
 */
export function roomClash<T extends Interval>(booked: readonly T[], candidate: Interval, room: RoomRule): T | undefined {
  const held = (i: Interval): Interval => ({ start: i.start, end: i.end + room.cleanupMinutes });
  const window = held(candidate);
  const inWindow = booked.filter((b) => overlaps(held(b), window));
  const clipped = inWindow.map((b) => ({ start: Math.max(b.start, window.start), end: Math.min(held(b).end, window.end) }));
  if (maxConcurrency(clipped) < room.capacity) return undefined;
  return [...inWindow].sort((a, b) => a.start - b.start)[0];
}
