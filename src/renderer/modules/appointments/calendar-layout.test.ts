import { describe, expect, it } from 'vitest';
import { hourMarks, overlapLanes, verticalSpan, visibleRange } from './calendar-layout';

const at = (start: string, end: string, id = `${start}-${end}`) => ({ id, start, end });

describe('calendar layout', () => {
  it('shows whole hours from the earliest session to the latest appointment', () => {
    expect(visibleRange([at('09:15', '13:00'), at('14:00', '17:20')])).toEqual({ start: 9 * 60, end: 18 * 60 });
  });

  it('shows an ordinary clinic day when nobody works', () => {
    expect(visibleRange([])).toEqual({ start: 8 * 60, end: 18 * 60 });
  });

  it('never runs past midnight', () => {
    expect(visibleRange([at('22:10', '24:00')])).toEqual({ start: 22 * 60, end: 24 * 60 });
  });

  it('marks each whole hour inside the range', () => {
    expect(hourMarks({ start: 8 * 60, end: 11 * 60 })).toEqual([480, 540, 600]);
  });

  it('turns minutes into offsets from the top of the range', () => {
    expect(verticalSpan(at('09:30', '09:45'), { start: 9 * 60, end: 12 * 60 }, 2)).toEqual({ top: 60, height: 30 });
  });

  it('clips a block to the range and drops one entirely outside it', () => {
    expect(verticalSpan(at('07:30', '08:30'), { start: 8 * 60, end: 12 * 60 }, 1)).toEqual({ top: 0, height: 30 });
    expect(verticalSpan(at('06:00', '07:00'), { start: 8 * 60, end: 12 * 60 }, 1)).toBeNull();
  });

  it('shows an appointment ending at midnight (its end reads 00:00) at the foot of the day', () => {
    const lastOfDay = at('23:50', '00:00');
    expect(visibleRange([lastOfDay])).toEqual({ start: 23 * 60, end: 24 * 60 });
    expect(verticalSpan(lastOfDay, { start: 0, end: 24 * 60 }, 1)).toEqual({ top: 1430, height: 10 });
    expect(overlapLanes([lastOfDay, at('23:55', '00:00')]).map((entry) => entry.lanes)).toEqual([2, 2]);
  });

  it('keeps back-to-back appointments in one full-width lane', () => {
    const lanes = overlapLanes([at('09:00', '09:15'), at('09:15', '09:30')]);
    expect(lanes.map(({ lane, lanes: count }) => [lane, count])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('puts overlapping appointments side by side, sharing one lane count per group', () => {
    const laid = overlapLanes([at('09:00', '10:00', 'long'), at('09:15', '09:30', 'a'), at('09:30', '09:45', 'b'), at('11:00', '11:15', 'later')]);
    const byId = Object.fromEntries(laid.map((entry) => [entry.item.id, [entry.lane, entry.lanes]]));
    expect(byId).toEqual({ long: [0, 2], a: [1, 2], b: [1, 2], later: [0, 1] });
  });

  it('opens a third lane only when three overlap at once', () => {
    const laid = overlapLanes([at('09:00', '09:30', 'x'), at('09:00', '09:30', 'y'), at('09:10', '09:20', 'z')]);
    expect(laid.map((entry) => entry.lane).sort()).toEqual([0, 1, 2]);
    expect(new Set(laid.map((entry) => entry.lanes))).toEqual(new Set([3]));
  });
});
