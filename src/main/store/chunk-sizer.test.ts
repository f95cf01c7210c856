import { describe, expect, it } from 'vitest';
import { ChunkSizer } from './chunk-sizer';

const options = { targetMs: 40, firstRows: 200, minRows: 50, maxRows: 2000 };

describe('ChunkSizer', () => {
  it('starts at the first size, then sizes units to take about the target', () => {
    const sizer = new ChunkSizer(options);
    expect(sizer.rows()).toBe(200);
    sizer.took(200, 20); // 0.1 ms a row
    expect(sizer.rows()).toBe(400);
  });

  it('shrinks when rows get dearer, averaging out a single slow unit', () => {
    const sizer = new ChunkSizer(options);
    sizer.took(200, 20); // 0.1 ms a row
    sizer.took(400, 200); // 0.5 ms a row: average 0.3
    expect(sizer.rows()).toBe(133);
    sizer.took(133, 66.5); // 0.5 again: average 0.4
    expect(sizer.rows()).toBe(100);
  });

  it('stays within its bounds', () => {
    const fast = new ChunkSizer(options);
    fast.took(200, 0);
    expect(fast.rows()).toBe(2000);
    const slow = new ChunkSizer(options);
    slow.took(200, 10_000);
    expect(slow.rows()).toBe(50);
  });

  it('ignores an empty unit', () => {
    const sizer = new ChunkSizer(options);
    sizer.took(0, 30);
    expect(sizer.rows()).toBe(200);
  });
});
