import { describe, expect, it } from 'vitest';
import { monthSoFar, rangeProblem } from './register-range';

describe('a register’s period', () => {
  it('starts on the first of the month and ends today', () => {
    expect(monthSoFar('2026-12-05')).toEqual({ from: '2026-12-01', to: '2026-12-05' });
    expect(monthSoFar('2026-02-01')).toEqual({ from: '2026-02-01', to: '2026-02-01' });
  });

  it('is refused before asking when a day is missing or the days are the wrong way round', () => {
    expect(rangeProblem({ from: '', to: '2026-12-05' })).toBe('incomplete');
    expect(rangeProblem({ from: '2026-12-06', to: '2026-12-05' })).toBe('fromAfterTo');
    expect(rangeProblem({ from: '2026-11-30', to: '2026-12-05' })).toBeNull();
    expect(rangeProblem({ from: '2026-12-05', to: '2026-12-05' })).toBeNull();
  });
});
