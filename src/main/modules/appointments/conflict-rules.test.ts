import { describe, expect, it } from 'vitest';
import { firstOverlap, maxConcurrency, overlaps, roomClash } from './conflict-rules';

const at = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id });

describe('overlaps', () => {
  it('treats intervals as half-open: back to back is not a clash', () => {
    expect(overlaps(at(0, 15), at(15, 30))).toBe(false);
    expect(overlaps(at(0, 15), at(14, 30))).toBe(true);
    expect(overlaps(at(10, 20), at(0, 60))).toBe(true);
  });

  it('names the earliest clashing booking', () => {
    expect(firstOverlap([at(30, 45, 'b'), at(0, 20, 'a'), at(60, 90, 'c')], at(10, 40))?.id).toBe('a');
    expect(firstOverlap([at(0, 10)], at(10, 20))).toBeUndefined();
  });
});

describe('maxConcurrency (sweep)', () => {
  it('counts what runs at the same moment, ends before starts', () => {
    expect(maxConcurrency([])).toBe(0);
    expect(maxConcurrency([at(0, 10), at(10, 20), at(20, 30)])).toBe(1);
    expect(maxConcurrency([at(0, 30), at(10, 20), at(15, 40)])).toBe(3);
    // Three bookings that each overlap another, but never all three at once.
    expect(maxConcurrency([at(0, 20), at(10, 30), at(25, 40)])).toBe(2);
  });
});

describe('roomClash: capacity and clean-up buffer', () => {
  const threeBeds = { capacity: 3, cleanupMinutes: 0 };

  it('lets a capacity-3 room take a third appointment at once, refuses a fourth', () => {
    const booked = [at(0, 30, 'a'), at(0, 30, 'b')];
    expect(roomClash(booked, at(10, 40), threeBeds)).toBeUndefined();
    expect(roomClash([...booked, at(10, 40, 'c')], at(20, 50), threeBeds)?.id).toBe('a');
  });

  it('judges a capacity-3 room by the most at one moment, not by how many overlap the new booking', () => {
    // Four bookings meet the candidate's half hour, but at most two at any moment: room for one more.
    const booked = [at(0, 10, 'a'), at(0, 10, 'b'), at(20, 30, 'c'), at(20, 30, 'd')];
    expect(roomClash(booked, at(0, 30), threeBeds)).toBeUndefined();
    expect(roomClash([...booked, at(5, 25, 'e')], at(0, 30), threeBeds)?.id).toBe('a');
  });

  it('ignores crowding outside the time the candidate would hold the room', () => {
    const booked = [at(0, 45, 'a'), at(0, 45, 'b'), at(0, 45, 'c'), at(40, 60, 'd')];
    // a, b and c are all in the room before 45; the candidate from 45 meets only d.
    expect(roomClash(booked, at(45, 60), threeBeds)).toBeUndefined();
  });

  it('keeps the room for clean-up after each appointment, and after the candidate too', () => {
    const procedureRoom = { capacity: 1, cleanupMinutes: 10 };
    expect(roomClash([at(0, 30, 'a')], at(35, 60), procedureRoom)?.id).toBe('a');
    expect(roomClash([at(0, 30, 'a')], at(40, 60), procedureRoom)).toBeUndefined();
    // The candidate's own clean-up runs into the next booking.
    expect(roomClash([at(65, 90, 'b')], at(40, 60), procedureRoom)?.id).toBe('b');
    expect(roomClash([at(70, 90, 'b')], at(40, 60), procedureRoom)).toBeUndefined();
  });
});
