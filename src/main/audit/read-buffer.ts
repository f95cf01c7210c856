import type { PendingEntry } from './audit-log';

/** Live screens refetch an open record on every change; the same read by the same person is recorded once in this long. */
const SAME_READ_MS = 60_000;

/**
 * Reads of patient data waiting to be appended to the audit chain. Writing each one in its
 * read's own transaction would turn every as-you-type search into a commit with an fsync
 * (synchronous = FULL); instead they are appended together, about once a second and when
 * the store closes. A read still waiting when the process dies is lost, as an
 * unacknowledged write would be; the answer it produced was already on screen.
 */
export class ReadBuffer {
  private pending: PendingEntry[] = [];
  private readonly lastRecorded = new Map<string, number>();
  private closed = false;

  constructor(private readonly sameReadMs = SAME_READ_MS) {}

  /** False once closed: the caller then appends the read itself. */
  add(read: PendingEntry): boolean {
    if (this.closed) return false;
    const key = JSON.stringify([read.actor?.userId ?? null, read.event.action, read.event.entityId, read.event.after ?? null]);
    const at = read.at.getTime();
    const last = this.lastRecorded.get(key);
    if (last !== undefined && at - last >= 0 && at - last < this.sameReadMs) return true;
    this.lastRecorded.set(key, at);
    this.pending.push(read);
    return true;
  }

  /** Up to `limit` of the reads waiting, oldest first. */
  take(limit = Infinity): PendingEntry[] {
    const taken = this.pending.slice(0, limit);
    this.pending = this.pending.slice(taken.length);
    let newest = -Infinity;
    for (const at of this.lastRecorded.values()) newest = Math.max(newest, at);
    for (const [key, at] of this.lastRecorded) if (newest - at >= this.sameReadMs) this.lastRecorded.delete(key);
    return taken;
  }

  get size(): number {
    return this.pending.length;
  }

  close(): void {
    this.closed = true;
  }
}
