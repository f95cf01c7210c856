import { AppError } from '../../errors/app-error';

/** Tries a source may make before it has to wait. */
export const FREE_TRIES = 5;
/** The first wait; each further try doubles it… */
export const FIRST_WAIT_MS = 1000;
/** …up to this. */
export const LONGEST_WAIT_MS = 15 * 60_000;
/** A source that tried nothing for this long starts afresh. */
export const FORGET_AFTER_MS = 60 * 60_000;
/** Bounds the memory a crowd of sources can take. */
const MAX_SOURCES = 5000;
/** Names one source may spread its tries over before they share one count. */
const MAX_NAMES_PER_SOURCE = 16;
const OTHER_NAMES = '\u0000other';

interface SourceTries {
  /** Tries counted and not yet taken back, by the name they were for (an account, or the recovery code). */
  byName: Map<string, number>;
  lastTryAt: number;
  waitUntil: number;
}

/** Where a source stands after a try that failed: shown to whoever is at that source. */
export type Standing = { attemptsLeft: number } | { attemptsLeft: number; retryAfterSeconds: number };

/** One try, counted when it began. */
export interface CountedTry {
  /** The secret was right: this source's tries for the same name no longer count. */
  succeeded(): void;
  standing(): Standing;
}

/**
 * Slows down whoever guesses, wherever they guess from, and nobody else: tries are counted by
 * source (the remote address, or `ipc` for the desktop window). After FREE_TRIES the source
 * waits 1 s, then 2 s, 4 s … up to 15 minutes per further try, and a waiting source is refused
 * before any secret is checked. Each try is counted as it begins, so a burst of parallel tries
 * gets no further than tries made one after another.
 *
 * A right secret takes back that source's tries for the same name only: someone who mistyped
 * their own password and then got it right clears their own typos, but signing in as oneself
 * never clears guesses made at someone else's account.
 */
export class SourceThrottle {
  private readonly sources = new Map<string, SourceTries>();

  constructor(private readonly clock: () => number) {}

  /** Counts a try by `source` for `name`; throws SIGN_IN_TOO_MANY_TRIES while the source must wait. */
  begin(source: string, name: string): CountedTry {
    const now = this.clock();
    const entry = this.current(source, now);
    if (entry.waitUntil > now) throw new AppError('SIGN_IN_TOO_MANY_TRIES', { retryAfterSeconds: secondsUntil(entry.waitUntil, now) });
    const key = entry.byName.has(name) || entry.byName.size < MAX_NAMES_PER_SOURCE ? name : OTHER_NAMES;
    entry.byName.set(key, (entry.byName.get(key) ?? 0) + 1);
    entry.lastTryAt = now;
    const counted = total(entry);
    if (counted >= FREE_TRIES) entry.waitUntil = now + Math.min(FIRST_WAIT_MS * 2 ** (counted - FREE_TRIES), LONGEST_WAIT_MS);
    return {
      succeeded: () => {
        entry.byName.delete(key);
        if (total(entry) < FREE_TRIES) entry.waitUntil = 0;
      },
      standing: () => {
        const at = this.clock();
        const attemptsLeft = Math.max(0, FREE_TRIES - total(entry));
        return entry.waitUntil > at ? { attemptsLeft, retryAfterSeconds: secondsUntil(entry.waitUntil, at) } : { attemptsLeft };
      },
    };
  }

  /** Starts a source afresh: after an admin proved who they are with the recovery code there. */
  forget(source: string): void {
    this.sources.delete(source);
  }

  private current(source: string, now: number): SourceTries {
    const known = this.sources.get(source);
    if (known && !isStale(known, now)) {
      // Most recently used last, so the oldest are dropped first when the map is full.
      this.sources.delete(source);
      this.sources.set(source, known);
      return known;
    }
    const fresh: SourceTries = { byName: new Map(), lastTryAt: now, waitUntil: 0 };
    this.sources.delete(source);
    this.sources.set(source, fresh);
    // The map is in order of last use: the first source is the one quiet the longest.
    for (const quietest of this.sources.keys()) {
      if (this.sources.size <= MAX_SOURCES) break;
      this.sources.delete(quietest);
    }
    return fresh;
  }

  /** How many sources are remembered: never more than MAX_SOURCES. */
  get size(): number {
    return this.sources.size;
  }
}

function isStale(entry: SourceTries, now: number): boolean {
  return entry.waitUntil <= now && now - entry.lastTryAt >= FORGET_AFTER_MS;
}

function total(entry: SourceTries): number {
  let sum = 0;
  for (const count of entry.byName.values()) sum += count;
  return sum;
}

function secondsUntil(until: number, now: number): number {
  return Math.ceil((until - now) / 1000);
}
