import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * In a process of its own, since the point is what Node does to a whole process: an error
 * thrown from a timer and a promise rejected with nobody listening, then proof of life. The
 * handler's logger here prints what it is given (Logger's own test covers how it writes).
 */
const script = (install: boolean) => `
import { keepServingOnEscapedErrors } from './src/main/hub/last-resort';
const printer = { error: (event: string, error: unknown) => console.log(event, error instanceof Error ? error.name : typeof error) };
if (${install}) keepServingOnEscapedErrors(printer);
setTimeout(() => { throw new URIError('URI malformed'); }, 0);
void Promise.reject(new TypeError('rejected'));
setTimeout(() => console.log('still serving'), 50);
`;

async function run(install: boolean): Promise<{ lines: string[]; exitCode: number }> {
  try {
    const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['--eval', script(install)]);
    return { lines: stdout.trim().split('\n'), exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { lines: failed.stdout.trim().split('\n'), exitCode: failed.code };
  }
}

describe('last-resort handler', () => {
  it('hands an escaped error to the log and the process keeps running', async () => {
    const { lines, exitCode } = await run(true);
    expect(exitCode).toBe(0);
    expect(lines.sort()).toEqual(['process.uncaughtException URIError', 'process.unhandledRejection TypeError', 'still serving']);
  });

  it('without it, the same errors end the process', async () => {
    const { lines, exitCode } = await run(false);
    expect(exitCode).not.toBe(0);
    expect(lines).not.toContain('still serving');
  });
});
