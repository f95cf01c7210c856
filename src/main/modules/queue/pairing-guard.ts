import { AppError } from '../../errors/app-error';

const MAX_FAILURES = 5;
const WINDOW_MS = 10 * 60_000;
const LOCKOUT_MS = 5 * 60_000;

interface Failures {
  count: number;
  firstAt: number;
  lockedUntil: number;
}

/**
 * Slows down guessing of the display pairing code, which opens the board without a sign-in:
 * after five wrong codes from one address within ten minutes that address waits five minutes.
 * A TV already showing the board is not affected; only wrong codes count.
 */
export class PairingGuard {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly clock: () => number) {}

  /** Throws DISPLAY_CODE_TOO_MANY_TRIES while the address is locked out. */
  assertMayTry(peer: string): void {
    const entry = this.failures.get(peer);
    const now = this.clock();
    if (entry && entry.lockedUntil > now) {
      throw new AppError('DISPLAY_CODE_TOO_MANY_TRIES', { retryAfterSeconds: Math.ceil((entry.lockedUntil - now) / 1000) });
    }
  }

  recordFailure(peer: string): void {
    const now = this.clock();
    const entry = this.failures.get(peer);
    const current = entry && now - entry.firstAt < WINDOW_MS ? entry : { count: 0, firstAt: now, lockedUntil: 0 };
    current.count += 1;
    if (current.count >= MAX_FAILURES) {
      current.lockedUntil = now + LOCKOUT_MS;
      current.count = 0;
      current.firstAt = now;
    }
    this.failures.set(peer, current);
    this.forgetOld(now);
  }

  recordSuccess(peer: string): void {
    this.failures.delete(peer);
  }

  /** Keeps the map small when many addresses try once and go away. */
  private forgetOld(now: number): void {
    if (this.failures.size < 1000) return;
    for (const [peer, entry] of this.failures) {
      if (entry.lockedUntil <= now && now - entry.firstAt >= WINDOW_MS) this.failures.delete(peer);
    }
  }
}
