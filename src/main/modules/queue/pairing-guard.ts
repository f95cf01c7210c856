import { AppError } from '../../errors/app-error';

const MAX_TRIES = 5;
const WINDOW_MS = 10 * 60_000;
const LOCKOUT_MS = 5 * 60_000;

interface Tries {
  count: number;
  firstAt: number;
  lockedUntil: number;
}

/**
 * Slows down guessing of the display pairing code, which opens the board without a sign-in:
 * five tries from one address within ten minutes without the right code make that address wait
 * five minutes. A TV already showing the board is not affected; the right code clears the count.
 *
 * A try is counted when it starts, before the code is checked: the check waits for the store,
 * and a burst of tries counted only once refused would all pass the limit before the first
 * refusal was counted.
 */
export class PairingGuard {
  private readonly tries = new Map<string, Tries>();

  constructor(private readonly clock: () => number) {}

  /** Counts one try from `peer`; throws DISPLAY_CODE_TOO_MANY_TRIES while the address is locked out. */
  takeTry(peer: string): void {
    const now = this.clock();
    const entry = this.tries.get(peer);
    if (entry && entry.lockedUntil > now) {
      throw new AppError('DISPLAY_CODE_TOO_MANY_TRIES', { retryAfterSeconds: Math.ceil((entry.lockedUntil - now) / 1000) });
    }
    const current = entry && now - entry.firstAt < WINDOW_MS ? entry : { count: 0, firstAt: now, lockedUntil: 0 };
    current.count += 1;
    if (current.count >= MAX_TRIES) {
      // This try is still checked; the ones after it wait.
      current.lockedUntil = now + LOCKOUT_MS;
      current.count = 0;
      current.firstAt = now;
    }
    this.tries.set(peer, current);
    this.forgetOld(now);
  }

  /** The right code: the address starts afresh. */
  recordSuccess(peer: string): void {
    this.tries.delete(peer);
  }

  /** Keeps the map small when many addresses try once and go away. */
  private forgetOld(now: number): void {
    if (this.tries.size < 1000) return;
    for (const [peer, entry] of this.tries) {
      if (entry.lockedUntil <= now && now - entry.firstAt >= WINDOW_MS) this.tries.delete(peer);
    }
  }
}
