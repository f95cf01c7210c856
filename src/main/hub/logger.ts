import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Only these kinds of value may be logged: names, codes, ids and numbers, never free text. */
export type LogFields = Record<string, string | number | boolean | null>;

/**
 * The hub's operational log: one JSON line per event. It never receives patient data:
 * callers pass event names, error codes and record ids only, and unexpected errors are
 * logged by name and stack frames without their message (which could quote a value).
 */
export class Logger {
  private readonly file: string | null;

  constructor(logDir: string | null, private readonly echo: boolean = false) {
    this.file = logDir ? path.join(logDir, 'hub.log') : null;
    if (logDir) mkdirSync(logDir, { recursive: true });
  }

  info(event: string, fields: LogFields = {}): void {
    this.write('info', event, fields);
  }

  warn(event: string, fields: LogFields = {}): void {
    this.write('warn', event, fields);
  }

  error(event: string, error: unknown, fields: LogFields = {}): void {
    const name = error instanceof Error ? error.name : typeof error;
    const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).map((line) => line.trim()).join(' | ') : '';
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error).code) : null;
    this.write('error', event, { ...fields, error: name, code, frames });
  }

  private write(level: string, event: string, fields: LogFields): void {
    const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...fields });
    if (this.file) appendFileSync(this.file, `${line}\n`);
    if (this.echo) (level === 'info' ? console.log : console.error)(line);
  }
}
