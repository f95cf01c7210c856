import { describe, expect, it } from 'vitest';
import { clampPage, movedFocus, nextSort, pageCount, pageRows, sortRows, type SortValue } from './table-logic';

interface Room {
  code: string;
  seats: number | null;
}
const rooms: Room[] = [
  { code: 'R10', seats: 3 },
  { code: 'r2', seats: null },
  { code: 'R1', seats: 3 },
  { code: 'R3', seats: 1 },
];
const codes = (rows: Room[]): string[] => rows.map((room) => room.code);

describe('sorting', () => {
  it('orders text as people read it: numbers inside names by value, case ignored', () => {
    expect(codes(sortRows(rooms, (room) => room.code, 'asc'))).toEqual(['R1', 'r2', 'R3', 'R10']);
    expect(codes(sortRows(rooms, (room) => room.code, 'desc'))).toEqual(['R10', 'R3', 'r2', 'R1']);
  });

  it('keeps the incoming order of ties and puts empty values last in both directions', () => {
    const seats = (room: Room): SortValue => room.seats;
    expect(codes(sortRows(rooms, seats, 'asc'))).toEqual(['R3', 'R10', 'R1', 'r2']);
    expect(codes(sortRows(rooms, seats, 'desc'))).toEqual(['R10', 'R1', 'R3', 'r2']);
  });

  it('leaves the list it was given alone', () => {
    const before = [...rooms];
    sortRows(rooms, (room) => room.code, 'asc');
    expect(rooms).toEqual(before);
  });

  it('cycles a header through ascending, descending and unsorted; another header starts ascending', () => {
    const asc = nextSort(null, 'code');
    expect(asc).toEqual({ columnKey: 'code', direction: 'asc' });
    const desc = nextSort(asc, 'code');
    expect(desc).toEqual({ columnKey: 'code', direction: 'desc' });
    expect(nextSort(desc, 'code')).toBeNull();
    expect(nextSort(desc, 'seats')).toEqual({ columnKey: 'seats', direction: 'asc' });
  });
});

describe('paging', () => {
  const rows = Array.from({ length: 23 }, (_, index) => index);

  it('cuts the list into pages of the given size, the last one short', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageRows(rows, 0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageRows(rows, 2, 10)).toEqual([20, 21, 22]);
  });

  it('falls back to the last page that still exists when the list shrinks', () => {
    expect(clampPage(5, 23, 10)).toBe(2);
    expect(clampPage(2, 8, 10)).toBe(0);
    expect(clampPage(-1, 23, 10)).toBe(0);
    expect(pageRows(rows.slice(0, 12), 2, 10)).toEqual([10, 11]);
  });
});

describe('keyboard focus', () => {
  it('moves one row with the arrows and stops at either end', () => {
    expect(movedFocus(0, 'ArrowDown', 3)).toBe(1);
    expect(movedFocus(2, 'ArrowDown', 3)).toBe(2);
    expect(movedFocus(1, 'ArrowUp', 3)).toBe(0);
    expect(movedFocus(0, 'ArrowUp', 3)).toBe(0);
  });

  it('jumps ten rows with Page Up/Down and to the ends with Home/End', () => {
    expect(movedFocus(2, 'PageDown', 30)).toBe(12);
    expect(movedFocus(25, 'PageDown', 30)).toBe(29);
    expect(movedFocus(5, 'PageUp', 30)).toBe(0);
    expect(movedFocus(7, 'Home', 30)).toBe(0);
    expect(movedFocus(7, 'End', 30)).toBe(29);
  });

  it('leaves other keys, and an empty table, to the page', () => {
    expect(movedFocus(0, 'Enter', 3)).toBeNull();
    expect(movedFocus(0, 'a', 3)).toBeNull();
    expect(movedFocus(0, 'ArrowDown', 0)).toBeNull();
  });
});
