import { minutesOfDay } from '../../../shared/clinic-time';

/** Vertical scale of the calendars: a 15-minute slot is 24 px, tall enough for one line of text. */
export const PX_PER_MINUTE = 1.6;

/** When no doctor works that day, the calendar still shows an ordinary clinic day. */
const DEFAULT_RANGE: TimeRange = { start: 8 * 60, end: 18 * 60 };

/** Minutes since midnight, start inclusive, end exclusive. */
export interface TimeRange {
  start: number;
  end: number;
}

export interface Timed {
  start: string;
  end: string;
}

/** Where an item ends, in minutes of its day: an end at or before its start (`00:00`) is midnight at the end of the day. */
export function endMinute(item: Timed): number {
  const end = minutesOfDay(item.end);
  return end <= minutesOfDay(item.start) ? 24 * 60 : end;
}

/**
 * The hours a calendar shows: from the earliest session or appointment to the latest, widened
 * to whole hours, so an appointment booked outside the template is never hidden.
 */
export function visibleRange(items: readonly Timed[]): TimeRange {
  if (items.length === 0) return DEFAULT_RANGE;
  const starts = items.map((item) => minutesOfDay(item.start));
  const ends = items.map(endMinute);
  return { start: Math.floor(Math.min(...starts) / 60) * 60, end: Math.min(24 * 60, Math.ceil(Math.max(...ends) / 60) * 60) };
}

/** Whole hours inside the range, for the time ruler and the hour lines. */
export function hourMarks(range: TimeRange): number[] {
  const marks: number[] = [];
  for (let minute = Math.ceil(range.start / 60) * 60; minute < range.end; minute += 60) marks.push(minute);
  return marks;
}

/** Where a block sits in a column: clipped to the visible range; null when entirely outside it. */
export function verticalSpan(item: Timed, range: TimeRange, pxPerMinute = PX_PER_MINUTE): { top: number; height: number } | null {
  const start = Math.max(minutesOfDay(item.start), range.start);
  const end = Math.min(endMinute(item), range.end);
  if (end <= start) return null;
  return { top: (start - range.start) * pxPerMinute, height: (end - start) * pxPerMinute };
}

export interface Laned<T> {
  item: T;
  /** 0-based lane within its group of overlapping items. */
  lane: number;
  /** How many lanes that group needs: each item is 1/lanes of the column wide. */
  lanes: number;
}

/**
 * Side-by-side lanes for items that overlap in time (a cancelled booking and the one that took
 * its place, a room with capacity for two). Items touching end-to-start do not overlap. Each
 * item takes the first lane free at its start; a group of mutually reachable overlaps shares
 * one lane count so the blocks line up.
 */
export function overlapLanes<T extends Timed>(items: readonly T[]): Laned<T>[] {
  const sorted = [...items].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start) || endMinute(b) - endMinute(a));
  const result: Laned<T>[] = [];
  let group: Laned<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const closeGroup = (): void => {
    for (const entry of group) entry.lanes = laneEnds.length;
    result.push(...group);
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = minutesOfDay(item.start);
    const end = endMinute(item);
    if (start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    group.push({ item, lane, lanes: 0 });
    groupEnd = Math.max(groupEnd, end);
  }
  closeGroup();
  return result;
}
