import type { AuditAnchor, AuditCheck, AuditCheckTrigger, AuditHead, AuditHealth, AuditVerifyResult } from '../../shared/schemas/audit';
import type { Logger } from '../log/logger';
import { SerialQueue } from '../store/serial-queue';
import type { Store } from '../store/store';
import type { KeychainAnchor } from './audit-anchor';
import type { AuditLog } from './audit-log';
import { walkChain, type ChainWalk } from './chain-walk';

export interface GuardTiming {
  /** How often buffered reads are appended to the chain. */
  flushMs: number;
  /** How often the keychain anchor follows the head, when rows were appended (each write is a D-Bus call). */
  anchorMs: number;
  /** How often it looks whether a day has passed since the last full check. */
  dailyTickMs: number;
}

const DEFAULT_TIMING: GuardTiming = { flushMs: 1000, anchorMs: 5000, dailyTickMs: 60 * 60_000 };
const DAY_MS = 24 * 60 * 60_000;
const READS_PER_TRANSACTION = 500;

export interface AuditChainGuardOptions {
  store: Store;
  auditLog: AuditLog;
  anchor: KeychainAnchor;
  logger: Logger;
  clock: () => Date;
  /** Told once, when a check first fails, so the screens can show it at once. */
  onFailure: () => void;
  timing?: Partial<GuardTiming>;
}

/**
 * Keeps one open store's audit chain honest: appends the buffered reads, moves the keychain
 * anchor to the head (never onto a chain that does not contain the previous anchor unchanged),
 * checks the whole chain against the anchor at start and daily, and remembers a failure.
 * After a failure the anchor stays where it was, so the next start finds the break again.
 */
export class AuditChainGuard {
  private readonly jobs = new SerialQueue();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly timing: GuardTiming;
  /** What the keychain holds, once it could be read. */
  private anchor: AuditAnchor | null = null;
  private anchorRead = false;
  private anchoredAppendCount = -1;
  private lastCheck: AuditCheck | null = null;
  private failure: AuditCheck | null = null;
  private lastFullCheckAt: Date;

  constructor(private readonly options: AuditChainGuardOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    // The start-up check counts from now, even while it is still running.
    this.lastFullCheckAt = options.clock();
  }

  /** Starts the timers and the start-up check, in the background: the hub serves meanwhile. */
  start(): void {
    this.every(this.timing.flushMs, 'audit.readsUnsaved', () => this.appendBufferedReads());
    this.every(this.timing.anchorMs, 'audit.anchorFailed', () => this.followHead());
    this.every(this.timing.dailyTickMs, 'audit.verifyError', () => this.tick());
    this.guarded('audit.verifyError', () => this.verify('start'));
  }

  /** A full check of the chain against the anchor; the result is kept and, when it fails, shown to admins. */
  verify(trigger: AuditCheckTrigger): Promise<AuditVerifyResult> {
    return this.jobs.run(async () => {
      await this.appendBufferedReads();
      const appendCount = this.options.auditLog.appendCount;
      const anchor = await this.readAnchor();
      const walk = await walkChain(this.pages(), { anchors: anchor ? [anchor] : [] });
      this.lastFullCheckAt = this.options.clock();
      this.record(trigger, walk.result);
      if (walk.result.ok) await this.anchorAt(walk.head, appendCount);
      return walk.result;
    });
  }

  /** The daily check, when a day has passed since the last full one; the hub's timer and tests call it. */
  async tick(now = this.options.clock()): Promise<void> {
    if (now.getTime() - this.lastFullCheckAt.getTime() >= DAY_MS) await this.verify('daily');
  }

  health(): AuditHealth {
    return { lastCheck: this.lastCheck, failure: this.failure, anchor: this.anchor };
  }

  /** Resolves when the checks and anchor moves started so far have finished. */
  settled(): Promise<void> {
    return this.jobs.drain();
  }

  /** Before the store closes: the waiting reads are appended and the head anchored one last time. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.options.auditLog.stopBufferingReads();
    try {
      await this.appendBufferedReads();
      await this.followHead();
    } catch (error) {
      this.options.logger.error('audit.closeFailed', error);
    }
  }

  /** Moves the anchor to the head if rows were appended, checking only the rows after the anchor. */
  private followHead(): Promise<void> {
    if (this.failure || this.options.auditLog.appendCount === this.anchoredAppendCount) return Promise.resolve();
    return this.jobs.run(async () => {
      const appendCount = this.options.auditLog.appendCount;
      const from = await this.readAnchor();
      const walk: ChainWalk = await walkChain(this.pages(), { from });
      if (!walk.result.ok) this.record('anchor', walk.result);
      else await this.anchorAt(walk.head, appendCount);
    });
  }

  /**
   * In batches of up to 500 rows (a row costs some 15-50 µs to hash, write and encrypt, plus the
   * commit's fsync): one turn of the store queue a second, at most ~25 ms even after a burst.
   * Fewer, larger batches delay fewer searches than many small ones (search bench, p95).
   */
  private async appendBufferedReads(): Promise<void> {
    const { store, auditLog } = this.options;
    while (auditLog.bufferedReads > 0) await store.transaction((db) => auditLog.appendBufferedReads(db, READS_PER_TRANSACTION));
  }

  private pages() {
    const { store, auditLog } = this.options;
    return (fromSeq: number, limit: number) => store.transaction((db) => auditLog.page(db, fromSeq, limit));
  }

  private async readAnchor(): Promise<AuditAnchor | null> {
    if (this.anchorRead) return this.anchor;
    try {
      this.anchor = await this.options.anchor.read();
      this.anchorRead = true;
    } catch (error) {
      this.options.logger.error('audit.anchorUnreadable', error);
    }
    return this.anchor;
  }

  /** Never after a failure, never before the keychain's anchor was read (it must not be overwritten unchecked). */
  private async anchorAt(head: AuditHead, appendCount: number): Promise<void> {
    if (this.failure || !this.anchorRead || head.seq === 0) return;
    if (this.anchor?.seq !== head.seq || this.anchor.hash !== head.hash) {
      const anchor = { seq: head.seq, hash: head.hash, at: this.options.clock().toISOString() };
      try {
        await this.options.anchor.write(anchor);
      } catch (error) {
        // Tried again after the next append; the chain itself is fine.
        this.options.logger.error('audit.anchorUnsaved', error);
        return;
      }
      this.anchor = anchor;
    }
    this.anchoredAppendCount = appendCount;
  }

  private record(trigger: AuditCheckTrigger, result: AuditVerifyResult): void {
    const check: AuditCheck = { at: this.options.clock().toISOString(), trigger, result };
    if (result.ok) {
      this.lastCheck = check;
      this.options.logger.info('audit.verified', { trigger, checked: result.checked });
      return;
    }
    this.lastCheck = check;
    this.options.logger.warn('audit.verifyFailed', { trigger, seq: result.brokenAtSeq, problem: result.problem });
    if (this.failure) return;
    this.failure = check;
    this.options.onFailure();
  }

  private every(ms: number, failureEvent: string, job: () => Promise<unknown>): void {
    const timer = setInterval(() => this.guarded(failureEvent, job), ms);
    timer.unref();
    this.timers.push(timer);
  }

  private guarded(failureEvent: string, job: () => Promise<unknown>): void {
    job().catch((error: unknown) => this.options.logger.error(failureEvent, error));
  }
}
