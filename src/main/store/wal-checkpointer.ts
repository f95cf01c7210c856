import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, plain CommonJS run with `eval` so the hub bundle, the Electron build and the
 * tests need no second entry file. It opens its own connection to the store and checkpoints the
 * write-ahead log when asked.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { fileMustExist: true });
for (const pragma of workerData.pragmas) db.pragma(pragma);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, frames: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
});
`;

/** How long after a commit the checkpoint starts: a burst of small units of work gets one. */
const DELAY_MS = 100;

type WorkerReply = { ok: true; frames: number; checkpointed: number } | { ok: false; message: string };

export interface CheckpointerEvents {
  /** A checkpoint failed, or the worker stopped: the store's own connection checkpoints again. */
  onFallback(reason: string): void;
}

/**
 * Copies committed pages from the write-ahead log into the store file on a worker thread. SQLite
 * does this on the committing connection by default, inside the commit, once the log passes 1000
 * pages: the whole hub (every PC's calls, the TV board) then waits, about a second after a 100k
 * patient import and 50–100 ms for an ordinary busy morning's log. A PASSIVE checkpoint runs
 * safely beside the writer; the store's connection sets `wal_autocheckpoint = 0` while this runs,
 * and gets it back (`onFallback`) if the worker ever fails, so the log can never grow unchecked.
 */
export class WalCheckpointer {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private readonly idle = new Set<() => void>();
  /** Checkpoints finished and the log frames they had copied, for tests and diagnostics. */
  readonly totals = { runs: 0, frames: 0 };

  private constructor(
    private readonly worker: Worker,
    private readonly events: CheckpointerEvents,
  ) {
    worker.on('message', (reply: WorkerReply) => this.finished(reply));
    worker.on('error', (error) => this.fail(`worker error: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.stopped) this.fail(`worker exited (code ${code})`);
    });
  }

  /** `pragmas` open the file as the store's own connection does (the key first). */
  static start(file: string, pragmas: readonly string[], events: CheckpointerEvents): WalCheckpointer {
    const driverPath = createRequire(__filename).resolve('better-sqlite3-multiple-ciphers');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, pragmas, driverPath } });
    // An idle worker alone must not keep the process alive (a CLI or test that forgot to close);
    // a checkpoint under way and a close do (see `busy`).
    worker.unref();
    return new WalCheckpointer(worker, events);
  }

  /** After a commit: a checkpoint soon, or one more after the one under way. */
  request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.timer ??= setTimeout(() => this.run(), DELAY_MS);
  }

  /** Finishes a checkpoint under way, then closes the worker's connection. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.again = false;
    if (this.running) await new Promise<void>((resolve) => this.idle.add(resolve));
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.ref();
    this.worker.postMessage('close');
    await exited;
  }

  private run(): void {
    this.timer = null;
    if (this.stopped) return;
    this.busy(true);
    this.worker.postMessage('checkpoint');
  }

  private finished(reply: WorkerReply): void {
    this.busy(false);
    if (reply.ok) {
      this.totals.runs += 1;
      this.totals.frames += reply.checkpointed;
    } else {
      this.fail(`checkpoint failed: ${reply.message}`);
    }
    for (const resolve of this.idle) resolve();
    this.idle.clear();
    if (this.again && !this.stopped) {
      this.again = false;
      this.request();
    }
  }

  /** While a checkpoint runs, the process waits for it (the worker holds the event loop open). */
  private busy(running: boolean): void {
    this.running = running;
    if (running) this.worker.ref();
    else this.worker.unref();
  }

  private fail(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.busy(false);
    for (const resolve of this.idle) resolve();
    this.idle.clear();
    void this.worker.terminate();
    this.events.onFallback(reason);
  }
}
