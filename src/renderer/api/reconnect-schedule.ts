/** The first wait after a lost connection, and the longest: a hub back after a restart is found within half a minute. */
const FIRST_WAIT_MS = 1_000;
const LONGEST_WAIT_MS = 30_000;

/**
 * How long to wait before try number `attempt` (0 first): 1 s doubling to 30 s, each wait drawn
 * between half and all of that, so the TVs and PCs that lost the hub together do not all knock
 * on it in the same second when it comes back.
 */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Whether the link to the hub is up, or when it is next tried. */
export type LinkState = { kind: 'up' } | { kind: 'down'; nextTryAt: number | null };

/**
 * The state of this window's link to the hub, for screens to show ("Reconnecting… next try in
 * 8 s") and to refresh once it is back. The WebSocket client reports to it; React reads it
 * through `subscribe` and `snapshot` (useSyncExternalStore).
 */
export class ReconnectSchedule {
  private state: LinkState = { kind: 'up' };
  private readonly listeners = new Set<() => void>();
  private readonly reconnectedListeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): LinkState => this.state;

  /** Called after a link that was lost comes back: screens refetch what they show. */
  onReconnected(listener: () => void): () => void {
    this.reconnectedListeners.add(listener);
    return () => this.reconnectedListeners.delete(listener);
  }

  /** The delay before try `attempt`, noted so the screen can count it down. */
  readonly delayBefore = (attempt: number): number => {
    const delay = backoffDelayMs(attempt);
    this.set({ kind: 'down', nextTryAt: this.now() + delay });
    return delay;
  };

  lost(): void {
    if (this.state.kind === 'up') this.set({ kind: 'down', nextTryAt: null });
  }

  opened(): void {
    if (this.state.kind === 'up') return;
    this.set({ kind: 'up' });
    for (const listener of this.reconnectedListeners) listener();
  }

  private set(state: LinkState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
