import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { pino, type Logger as Pino } from 'pino';
import pinoRoll from 'pino-roll';
import type { SonicBoom } from 'sonic-boom';
import { EventTally, LineBudget, type TallyKey, type TallyLine } from './log-limits';

/** Only these kinds of value may be logged: names, codes, ids and numbers, never free text. */
export type LogFields = Record<string, string | number | boolean | null>;

export interface LogRotation {
  fileBytes: number;
  /** Full files kept besides the one being written. */
  keptFiles: number;
}

/**
 * The cap on the log folder: the file being written and 4 older ones of 5 MB, 25 MB in all.
 * pino-roll switches files once the disk has caught up with the lines pending when one passed
 * 5 MB. Until then the file may grow by SLACK (lines pending) and SLACK again (lines written
 * meanwhile; later ones are dropped and counted), so the folder never holds more than
 * 5 × 5.5 MB = 27.5 MB. In practice a file passes 5 MB by a few KB: every event's lines are
 * rationed (see LineBudget), far below what the disk takes.
 */
export const LOG_ROTATION: LogRotation = { fileBytes: 5 * 1024 * 1024, keptFiles: 4 };

/** A twentieth of a file: 256 KB by default. */
const SLACK = 1 / 20;

/** The log's file in the folder; pino-roll numbers it: hub.1.log, hub.2.log, … (the highest is the newest). */
const LOG_FILE = 'hub.log';

export interface LoggerOptions {
  rotation?: LogRotation;
  /** Tests move time forward to pass the intervals below. */
  clock?: () => number;
  /** How often counted events are written, and the period of each event's line budget. */
  intervalMs?: number;
  /** Lines each event may write per interval before it is counted instead. */
  linesPerInterval?: number;
}

interface Sink {
  pino: Pino;
  stream: SonicBoom;
  rotation: LogRotation;
  /** Bytes in the file being written, as pino-roll counts them. */
  fileBytes: number;
}

/**
 * The hub's operational log: one JSON line per event, written by pino through pino-roll in this
 * thread, asynchronously (the hub's only thread never waits for the disk), rotated by size.
 * It never receives patient data: callers pass event names, error codes and record ids only,
 * and errors are logged by name, code and stack frames without their message (which could
 * quote a value).
 */
export class Logger {
  private readonly tallies: EventTally;
  private readonly budget: LineBudget;
  private readonly timer: NodeJS.Timeout | null = null;
  private readonly reportedFailures = new Set<string>();
  private closed = false;

  private constructor(
    private readonly sink: Sink | null,
    options: LoggerOptions = {},
  ) {
    const clock = options.clock ?? Date.now;
    this.tallies = new EventTally((line) => this.writeTally(line), clock, options.intervalMs);
    this.budget = new LineBudget(clock, options.linesPerInterval, options.intervalMs);
    if (!sink) return;
    sink.stream.on('error', (error) => this.reportFailure(error));
    sink.stream.on('drop', () => this.tallies.add('log.dropped', { reason: 'disk-behind' }));
    sink.stream.on('write', (bytes: number) => (sink.fileBytes += bytes));
    // 'ready' follows every switch to a new file.
    sink.stream.on('ready', () => (sink.fileBytes = 0));
    this.timer = setInterval(() => this.tallies.writeDue(), this.tallies.intervalMs);
    this.timer.unref();
  }

  /** Opens (or goes on with) the log in this folder. */
  static async open(logDir: string, options: LoggerOptions = {}): Promise<Logger> {
    const rotation = options.rotation ?? LOG_ROTATION;
    await mkdir(logDir, { recursive: true });
    await adoptUnnumberedLog(logDir);
    const fileBytes = await newestLogBytes(logDir);
    const stream = await pinoRoll({
      file: path.join(logDir, LOG_FILE),
      size: `${rotation.fileBytes}b`,
      // Counts every numbered log file in the folder, those of earlier runs too.
      limit: { count: rotation.keptFiles, removeOtherLogFiles: true },
      mkdir: true,
      mode: 0o600,
      sync: false,
      // Above 0 so that flush() waits for the disk (SonicBoom's flush returns at once with 0).
      minLength: 1,
      // Lines waiting for the disk beyond this are dropped and counted: a stalled disk cannot fill memory.
      maxLength: Math.ceil(rotation.fileBytes * SLACK),
    });
    await new Promise<void>((resolve, reject) => {
      stream.once('ready', resolve);
      stream.once('error', reject);
    });
    const clock = options.clock ?? Date.now;
    const instance = pino(
      {
        base: null,
        timestamp: () => `,"at":"${new Date(clock()).toISOString()}"`,
        formatters: { level: (label) => ({ level: label }) },
      },
      stream,
    );
    return new Logger({ pino: instance, stream, rotation, fileBytes }, options);
  }

  /** A logger that writes nothing, for code that needs one where no log folder exists. */
  static silent(): Logger {
    return new Logger(null);
  }

  info(event: string, fields: LogFields = {}): void {
    this.write('info', event, fields);
  }

  warn(event: string, fields: LogFields = {}): void {
    this.write('warn', event, fields);
  }

  error(event: string, error: unknown, fields: LogFields = {}): void {
    this.write('error', event, { ...fields, error: errorName(error), code: errorCode(error), frames: stackFrames(error) });
  }

  /** Counts an expected, repeating event: written as one line of counts per interval (see EventTally). */
  tally(event: string, key: TallyKey): void {
    if (this.sink && !this.closed) this.tallies.add(event, key);
  }

  /** Writes the pending counts and waits until every line is on disk. */
  async flush(): Promise<void> {
    const sink = this.sink;
    if (!sink || this.closed) return;
    await onDisk(sink.stream);
    this.tallies.writeAll();
    await onDisk(sink.stream);
  }

  /** Writes the pending counts, then every line, and closes the file; later events are ignored. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    const stream = this.sink?.stream;
    // Room for the counts first: with lines still waiting for the disk, they could be dropped.
    if (stream) await onDisk(stream).catch(() => undefined);
    this.tallies.writeAll();
    this.closed = true;
    if (!stream) return;
    await new Promise<void>((resolve) => {
      stream.once('close', resolve);
      stream.once('error', () => resolve());
      stream.end();
    });
  }

  private write(level: 'info' | 'warn' | 'error', event: string, fields: LogFields): void {
    const sink = this.sink;
    if (!sink || this.closed) return;
    if (sink.fileBytes > sink.rotation.fileBytes * (1 + SLACK)) this.tallies.add('log.dropped', { reason: 'file-full' });
    else if (this.budget.take(event)) sink.pino[level]({ event, ...fields });
    else this.tallies.add('log.suppressed', { event, level });
  }

  private writeTally({ event, since, total, counts, otherKinds }: TallyLine): void {
    this.sink?.pino.info({ event, since: since.toISOString(), total, counts, otherKinds });
  }

  /** The log cannot log its own failure: say it once per kind on stderr, and keep the hub running. */
  private reportFailure(error: unknown): void {
    const code = errorCode(error) ?? errorName(error);
    if (this.reportedFailures.has(code)) return;
    this.reportedFailures.add(code);
    console.error(`ClinicDesk: the operational log could not be written (${code}); the hub keeps running.`);
  }
}

function onDisk(stream: SonicBoom): Promise<void> {
  return new Promise<void>((resolve, reject) => stream.flush((error) => (error ? reject(error) : resolve())));
}

/** A `hub.log` left by a version without rotation joins the rotation as its oldest file. */
async function adoptUnnumberedLog(logDir: string): Promise<void> {
  try {
    await rename(path.join(logDir, LOG_FILE), path.join(logDir, 'hub.0.log'));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/** The size of the file pino-roll goes on with: the highest-numbered one. */
async function newestLogBytes(logDir: string): Promise<number> {
  const numbers = (await readdir(logDir)).map((name) => Number(/^hub\.(\d+)\.log$/.exec(name)?.[1] ?? -1));
  const newest = Math.max(-1, ...numbers);
  return newest < 1 ? 0 : (await stat(path.join(logDir, `hub.${newest}.log`))).size;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** An error's code when it is a code (AppError's, Node's ENOSPC…), never a free-text value. */
function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = String(error.code);
  return /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : null;
}

/** A V8 stack frame: `at fn (file:line:col)`, `at file:line:col`, `at fn (native)`. */
const STACK_FRAME = /^at .+(:\d+:\d+\)?|\((native|<anonymous>)\))$/;

/** The first stack frames only: the stack starts with the message, which may span lines. */
function stackFrames(error: unknown): string {
  if (!(error instanceof Error) || !error.stack) return '';
  const header = String(error);
  const stack = error.stack.startsWith(header) ? error.stack.slice(header.length) : error.stack;
  const frames = stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => STACK_FRAME.test(line));
  return frames.slice(0, 5).join(' | ');
}
