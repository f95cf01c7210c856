/** What a counted line may say about each kind of event: names, codes and numbers only. */
export type TallyKey = Record<string, string | number | boolean | null>;

export interface TallyLine {
  event: string;
  /** When the first event counted in this line happened. */
  since: Date;
  total: number;
  counts: Array<TallyKey & { count: number }>;
  /** Events whose kind did not fit in the line (more than MAX_KINDS kinds in one interval). */
  otherKinds: number;
}

/** Bounds one line, however varied the events an interval brings. */
const MAX_KINDS = 100;

interface Window {
  since: number;
  total: number;
  counts: Map<string, { key: TallyKey; count: number }>;
  otherKinds: number;
}

/**
 * Counts events that are expected to repeat (refused API calls) instead of writing each one:
 * per event, at most one line per interval, with the counts by kind. A window opens with the
 * first event after the last line, and its line is written once it is an interval old (checked
 * on every event and by the logger's timer) or when the log closes.
 */
export class EventTally {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly write: (line: TallyLine) => void,
    private readonly now: () => number,
    readonly intervalMs = 60_000,
  ) {}

  add(event: string, key: TallyKey): void {
    let window = this.windows.get(event);
    if (!window) {
      window = { since: this.now(), total: 0, counts: new Map(), otherKinds: 0 };
      this.windows.set(event, window);
    }
    window.total += 1;
    const id = JSON.stringify(key);
    const kind = window.counts.get(id);
    if (kind) kind.count += 1;
    else if (window.counts.size < MAX_KINDS) window.counts.set(id, { key, count: 1 });
    else window.otherKinds += 1;
    this.writeDue();
  }

  /** Writes the lines whose interval has passed. */
  writeDue(): void {
    const now = this.now();
    // A snapshot: writing a line may count an event (a dropped line), which must wait for the next round.
    for (const [event, window] of [...this.windows]) {
      if (now - window.since >= this.intervalMs) this.writeWindow(event, window);
    }
  }

  /** Writes every pending count, due or not: when the log closes. */
  writeAll(): void {
    for (const [event, window] of [...this.windows]) this.writeWindow(event, window);
  }

  private writeWindow(event: string, window: Window): void {
    this.windows.delete(event);
    const counts = [...window.counts.values()].map(({ key, count }) => ({ ...key, count }));
    this.write({ event, since: new Date(window.since), total: window.total, counts, otherKinds: window.otherKinds });
  }
}

/**
 * How many lines each event may write per interval. Past it, the logger counts the event
 * instead of writing it, so no event — an internal error a caller can trigger at will
 * included — can write faster than the log rotates.
 */
export class LineBudget {
  private readonly used = new Map<string, { since: number; lines: number }>();

  constructor(
    private readonly now: () => number,
    readonly linesPerInterval = 100,
    readonly intervalMs = 60_000,
  ) {}

  take(event: string): boolean {
    const now = this.now();
    let budget = this.used.get(event);
    if (!budget || now - budget.since >= this.intervalMs) {
      budget = { since: now, lines: 0 };
      this.used.set(event, budget);
    }
    budget.lines += 1;
    return budget.lines <= this.linesPerInterval;
  }
}
