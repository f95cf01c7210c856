import { describe, expect, it } from 'vitest';
import { hubTimeAt } from './hub-time';

describe('hubTimeAt', () => {
  it("counts on from the hub's time by the device's steady clock, whatever the device's date says", () => {
    const mark = { hubMs: Date.parse('2026-12-04T07:30:00.000Z'), steadyMs: 12_345.5 };
    expect(hubTimeAt(mark, 12_345.5).toISOString()).toBe('2026-12-04T07:30:00.000Z');
    expect(hubTimeAt(mark, 12_345.5 + 61_000).toISOString()).toBe('2026-12-04T07:31:01.000Z');
  });
});
