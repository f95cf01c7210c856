import { describe, expect, it } from 'vitest';
import { FREE_TRIES, SourceThrottle } from './source-throttle';

function refusalOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'UNKNOWN';
  }
}

describe('the source throttle', () => {
  it('keeps a bounded number of sources: a crowd of addresses trying once cannot grow it for ever', () => {
    let now = 0;
    const throttle = new SourceThrottle(() => now);
    const guess = (source: string) => throttle.begin(source, 'aminah');
    for (let i = 0; i < FREE_TRIES; i++) guess('10.0.0.1');
    expect(refusalOf(() => guess('10.0.0.1'))).toBe('SIGN_IN_TOO_MANY_TRIES');
    for (let i = 0; i < 20_000; i++) {
      now += 1;
      guess(`172.16.${i >> 8}.${i & 255}`);
    }
    // The oldest source made way for the crowd; what the map holds stays within its bound.
    expect(refusalOf(() => guess('10.0.0.1'))).toBeNull();
    expect(throttle.size).toBeLessThanOrEqual(5000);
  });

  it('counts the tries of one source spread over many names as one count', () => {
    const throttle = new SourceThrottle(() => 0);
    for (let i = 0; i < FREE_TRIES; i++) throttle.begin('10.0.0.2', `user${i}`);
    expect(refusalOf(() => throttle.begin('10.0.0.2', 'someone.else'))).toBe('SIGN_IN_TOO_MANY_TRIES');
  });
});
