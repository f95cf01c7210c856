import { describe, expect, it } from 'vitest';
import { EventTally, LineBudget, type TallyLine } from './log-limits';

const NINE = Date.parse('2026-03-02T09:00:00Z');

function tallyAt(clock: { now: number }) {
  const lines: TallyLine[] = [];
  const tally = new EventTally((line) => lines.push(line), () => clock.now, 60_000);
  return { tally, lines };
}

describe('EventTally', () => {
  it('turns a flood of refusals into one line of counts a minute', () => {
    const clock = { now: NINE };
    const { tally, lines } = tallyAt(clock);
    for (let i = 0; i < 10_000; i += 1) {
      tally.add('api.refusals', { code: i % 10 === 0 ? 'LOGIN_FAILED' : 'NOT_SIGNED_IN', procedure: i % 10 === 0 ? 'auth.login' : 'users.list' });
      clock.now += 5; // 50 s in all
    }
    expect(lines).toEqual([]);
    clock.now = NINE + 60_000;
    tally.add('api.refusals', { code: 'NOT_SIGNED_IN', procedure: 'users.list' });
    expect(lines).toEqual([
      {
        event: 'api.refusals',
        since: new Date(NINE),
        total: 10_001,
        counts: [
          { code: 'LOGIN_FAILED', procedure: 'auth.login', count: 1000 },
          { code: 'NOT_SIGNED_IN', procedure: 'users.list', count: 9001 },
        ],
        otherKinds: 0,
      },
    ]);
  });

  it('writes lines at least a minute apart, and what is left when the log closes', () => {
    const clock = { now: NINE };
    const { tally, lines } = tallyAt(clock);
    tally.add('api.refusals', { code: 'NOT_SIGNED_IN' });
    clock.now += 60_000;
    tally.writeDue();
    expect(lines).toHaveLength(1);
    // The next window opens with the next refusal, not at the last line.
    clock.now += 30_000;
    tally.add('api.refusals', { code: 'NOT_SIGNED_IN' });
    clock.now += 45_000;
    tally.writeDue();
    expect(lines).toHaveLength(1);
    tally.writeAll();
    expect(lines.map((line) => [line.since.getTime() - NINE, line.total])).toEqual([
      [0, 1],
      [90_000, 1],
    ]);
    tally.writeAll();
    expect(lines).toHaveLength(2);
  });

  it('keeps a line bounded however many kinds a caller invents', () => {
    const clock = { now: NINE };
    const { tally, lines } = tallyAt(clock);
    for (let i = 0; i < 5000; i += 1) tally.add('api.refusals', { code: 'NOT_FOUND', procedure: `made.up${i}` });
    tally.writeAll();
    expect(lines[0].counts).toHaveLength(100);
    expect(lines[0]).toMatchObject({ total: 5000, otherKinds: 4900 });
  });
});

describe('LineBudget', () => {
  it('lets each event write 100 lines a minute', () => {
    const clock = { now: NINE };
    const budget = new LineBudget(() => clock.now);
    const granted = (event: string, times: number) => Array.from({ length: times }, () => budget.take(event)).filter(Boolean).length;
    expect(granted('api.internalError', 150)).toBe(100);
    expect(granted('backup.scheduled', 1)).toBe(1);
    clock.now += 59_999;
    expect(granted('api.internalError', 1)).toBe(0);
    clock.now += 1;
    expect(granted('api.internalError', 150)).toBe(100);
  });
});
