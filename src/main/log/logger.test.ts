import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { readLogFolder } from '../../../tests/support/log-folder';
import { LOG_ROTATION, Logger, type LoggerOptions } from './logger';

const folders: string[] = [];
const loggers: Logger[] = [];
afterEach(async () => {
  for (const logger of loggers.splice(0)) await logger.close();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function openLog(options: LoggerOptions = {}): Promise<{ dir: string; logger: Logger }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-logger-'));
  folders.push(dir);
  const logger = await Logger.open(dir, options);
  loggers.push(logger);
  return { dir, logger };
}

/** A queue event as the hub writes it: about 130 bytes. */
function logCall(logger: Logger, i: number): void {
  logger.info('queue.called', { ticket: `A${i}`, roomId: '6a0f0a36-8d1b-4f7e-9f59-2f1c3f0f8a11', waiting: i });
}

describe('the operational log', () => {
  it('keeps its folder within the rotation cap however much is written', async () => {
    const rotation = { fileBytes: 64 * 1024, keptFiles: 2 };
    const { dir, logger } = await openLog({ rotation, linesPerInterval: Infinity });
    // 13 MB, with lines on every turn of the event loop: faster than the disk, the worst case.
    for (let i = 0; i < 100_000; i += 1) {
      logCall(logger, i);
      if (i % 50 === 0) await nextTurn();
    }
    await logger.close();
    const log = await readLogFolder(dir);
    expect(log.files.length).toBeLessThanOrEqual(rotation.keptFiles + 1);
    expect(log.bytes).toBeLessThanOrEqual((rotation.keptFiles + 1) * rotation.fileBytes * 1.1);
    // Files were switched all along: the first ones are gone.
    expect(log.files[0]).not.toBe('hub.1.log');
  });

  it('counts the lines the disk cannot take yet instead of holding them in memory', async () => {
    const { dir, logger } = await openLog({ rotation: { fileBytes: 64 * 1024, keptFiles: 2 }, linesPerInterval: Infinity });
    // All in one turn of the event loop: nothing reaches the disk meanwhile, so at most 3.2 KB (a twentieth of a file) wait.
    for (let i = 0; i < 10_000; i += 1) logCall(logger, i);
    await logger.close();
    const lines = (await readLogFolder(dir)).lines;
    const written = lines.filter((line) => line.event === 'queue.called').length;
    expect(written).toBeLessThan(30);
    expect(lines.at(-1)).toMatchObject({ event: 'log.dropped', total: 10_000 - written, counts: [{ reason: 'disk-behind', count: 10_000 - written }] });
  });

  it('caps the folder at 25 MB by default', () => {
    expect((LOG_ROTATION.keptFiles + 1) * LOG_ROTATION.fileBytes).toBe(25 * 1024 * 1024);
  });

  it('goes on with the newest file after a restart, and folds in an unrotated hub.log of an older version', async () => {
    const { dir, logger } = await openLog();
    logger.info('hub.started', { port: 4780 });
    await logger.close();
    await writeFile(path.join(dir, 'hub.log'), '{"level":"info","event":"old"}\n');
    const reopened = await Logger.open(dir);
    loggers.push(reopened);
    reopened.info('hub.started', { port: 4781 });
    await reopened.close();
    expect((await readdir(dir)).sort()).toEqual(['hub.0.log', 'hub.1.log']);
    expect((await readLogFolder(dir)).lines.map((line) => line.event)).toEqual(['old', 'hub.started', 'hub.started']);
  });

  it('logs an error by name, code and frames, never its message, even one spanning lines', async () => {
    const { dir, logger } = await openLog();
    const error = Object.assign(new Error('search failed for Tan Ah Kow\n    at 800101-10-5001 (home:1:1)'), { code: 'SQLITE_ERROR' });
    logger.error('api.internalError', error, { procedure: 'patients.search' });
    logger.error('backup.scheduledFailed', Object.assign(new Error('disk'), { code: 'copy of Tan Ah Kow' }));
    await logger.flush();
    const log = await readLogFolder(dir);
    expect(log.text).not.toContain('Tan Ah Kow');
    expect(log.text).not.toContain('800101-10-5001');
    expect(log.lines[0]).toMatchObject({ level: 'error', event: 'api.internalError', error: 'Error', code: 'SQLITE_ERROR', procedure: 'patients.search' });
    expect(log.lines[0].frames).toMatch(/^at .*logger\.test\.ts:\d+:\d+/);
    expect(log.lines[1]).toMatchObject({ event: 'backup.scheduledFailed', code: null });
  });

  it('writes at most 100 lines an event a minute, and counts the rest', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const { dir, logger } = await openLog({ clock: () => now });
    for (let i = 0; i < 1000; i += 1) logger.error('api.internalError', new Error('bug'), { procedure: 'patients.search' });
    logger.info('hub.started', { port: 4780 });
    now += 60_000;
    logger.error('api.internalError', new Error('bug'), { procedure: 'patients.search' });
    await logger.close();
    const lines = (await readLogFolder(dir)).lines;
    expect(lines.filter((line) => line.event === 'api.internalError')).toHaveLength(101);
    expect(lines.filter((line) => line.event === 'hub.started')).toHaveLength(1);
    expect(lines.filter((line) => line.event === 'log.suppressed')).toEqual([
      expect.objectContaining({ level: 'info', total: 900, counts: [{ event: 'api.internalError', level: 'error', count: 900 }] }),
    ]);
  });

  it('ignores events after it is closed, and a silent logger writes nothing', async () => {
    const { dir, logger } = await openLog();
    await logger.close();
    expect(() => logCall(logger, 1)).not.toThrow();
    const silent = Logger.silent();
    silent.tally('api.refusals', { code: 'NOT_SIGNED_IN' });
    logCall(silent, 1);
    await silent.close();
    expect((await readLogFolder(dir)).lines).toEqual([]);
  });
});
