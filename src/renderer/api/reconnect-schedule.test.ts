import { describe, expect, it } from 'vitest';
import { backoffDelayMs, ReconnectSchedule } from './reconnect-schedule';

describe('backoffDelayMs', () => {
  it('starts near a second and doubles up to half a minute, each wait between half and all of its step', () => {
    const lowest = (attempt: number) => backoffDelayMs(attempt, () => 0);
    const highest = (attempt: number) => backoffDelayMs(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(highest)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect([0, 1, 5, 20].map(lowest)).toEqual([500, 1_000, 15_000, 15_000]);
    expect(backoffDelayMs(3, () => 0.5)).toBe(6_000);
  });
});

describe('ReconnectSchedule', () => {
  it('says when the next try is while the link is down, and calls back once when it is up again', () => {
    let now = 1_000_000;
    const schedule = new ReconnectSchedule(() => now);
    const reconnected: number[] = [];
    schedule.onReconnected(() => reconnected.push(now));
    schedule.opened();
    expect(reconnected).toEqual([]);

    schedule.lost();
    expect(schedule.snapshot()).toEqual({ kind: 'down', nextTryAt: null });
    const delay = schedule.delayBefore(2);
    expect(delay).toBeGreaterThanOrEqual(2_000);
    expect(schedule.snapshot()).toEqual({ kind: 'down', nextTryAt: now + delay });
    now += delay;
    schedule.lost();
    expect(schedule.snapshot()).toEqual({ kind: 'down', nextTryAt: now });

    schedule.opened();
    schedule.opened();
    expect(schedule.snapshot()).toEqual({ kind: 'up' });
    expect(reconnected).toEqual([now]);
  });
});
