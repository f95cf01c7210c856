import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import { readLogFolder } from '../../../tests/support/log-folder';
import { ADMIN, CLINIC, startTestHub } from '../../../tests/support/test-hub';
import { AppError } from '../errors/app-error';
import { createHub } from '../hub/create-hub';
import { API_PATH } from '../hub/http-server';
import { logApiError } from './api-error-log';
import { publicProcedure } from './core/procedures';
import type { AppRouter } from './router';
import { t } from './core/trpc';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The hub as `npm run hub` starts it (its own log folder included), on a free port. */
async function startHub() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-log-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const running = await createHub({ dataDir, keychainService: `ClinicDesk-test-${randomUUID()}`, server: { host: '127.0.0.1', port: 0, rendererDir: dataDir, tls: false } });
  const server = running.server;
  if (!server) throw new Error('asked for a server');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await running.close();
  };
  cleanups.push(close);
  const url = server.url.replace('http', 'ws') + API_PATH;
  const wsClient = createWSClient({
    url,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    connectionParams: () => ({ token: '' }),
  });
  cleanups.push(() => wsClient.close());
  return { logDir: path.join(dataDir, 'logs'), url, close, client: createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] }) };
}

async function refused(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toBeDefined();
}

/** Calls procedures that do not exist, named with what could be patient data, as raw tRPC messages. */
async function callUnknownProcedures(url: string, count: number): Promise<void> {
  const socket = new WebSocket(url);
  await new Promise((opened) => socket.once('open', opened));
  const answered = new Promise<void>((done) => {
    let answers = 0;
    socket.on('message', (data) => {
      if ((JSON.parse((data as Buffer).toString('utf8')) as { id: unknown }).id !== null) answers += 1;
      if (answers === count) done();
    });
  });
  for (let id = 1; id <= count; id += 1) socket.send(JSON.stringify({ id, method: 'query', params: { path: `patients.Tan Ah Kow ${id}` } }));
  await answered;
  socket.close();
}

/** A masked frame with a reserved opcode: the `ws` library refuses it and closes the connection. */
async function sendMalformedFrame(url: string): Promise<void> {
  const socket = new WebSocket(url);
  await new Promise((opened) => socket.once('open', opened));
  const closed = new Promise((done) => socket.once('close', done));
  (socket as unknown as { _socket: Socket })._socket.write(Buffer.from([0x83, 0x80, 0, 0, 0, 0]));
  await closed;
}

describe('the log under a flood of refused calls', () => {
  it('counts 2,000 refusals over a real WebSocket in a few lines, none of them an internal error', async () => {
    const { logDir, url, close, client } = await startHub();
    await client.setup.initialise.mutate({ clinic: CLINIC, admin: ADMIN });

    let sent = 0;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await refused(client.auth.login.mutate({ username: ADMIN.username, password: `wrong-password-${attempt}` }));
      await refused(client.auth.login.mutate({ username: 'nobody', password: 'wrong-password' }));
      sent += 2;
    }
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await new Promise<void>((resolve) => {
        client.display.board.subscribe({ pairingCode: 'NOT-THE-CODE' }, { onError: () => resolve(), onData: () => resolve() });
      });
      sent += 1;
    }
    await callUnknownProcedures(url, 50);
    sent += 50;
    for (let frame = 0; frame < 5; frame += 1) await sendMalformedFrame(url);
    sent += 5;
    const calls: Array<() => Promise<unknown>> = [
      () => client.users.list.query(),
      () => client.patients.search.query({ query: 'Tan Ah Kow' }),
      () => client.rooms.list.query(),
      () => client.auth.login.mutate({ username: '', password: '' }),
    ];
    while (sent < 2000) {
      const batch = Math.min(200, 2000 - sent);
      await Promise.all(Array.from({ length: batch }, (_, i) => refused(calls[(sent + i) % calls.length]())));
      sent += batch;
    }
    await close();

    const log = await readLogFolder(logDir);
    expect(log.text).not.toContain('api.internalError');
    expect(log.text).not.toContain('Tan Ah Kow');
    expect(log.bytes).toBeLessThan(8 * 1024);
    const counted = log.lines.filter((line) => line.event === 'api.refusals');
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.reduce((sum, line) => sum + Number(line.total), 0)).toBe(2000);
    const codes = new Set(counted.flatMap((line) => (line.counts as Array<{ code: string }>).map((count) => count.code)));
    expect([...codes]).toEqual(expect.arrayContaining(['NOT_SIGNED_IN', 'LOGIN_FAILED', 'VALIDATION_FAILED', 'NOT_FOUND', 'DISPLAY_CODE_WRONG', 'WS_ERR_INVALID_OPCODE']));
  }, 60_000);
});

describe('logApiError', () => {
  it('logs a procedure that fails unexpectedly at error level, by frames and never by message; refusals are only counted', async () => {
    const testHub = await startTestHub();
    cleanups.push(() => testHub.close());
    const router = t.router({
      broken: publicProcedure('read').query((): string => {
        throw new Error('no visit for Tan Ah Kow 800101-10-5001');
      }),
      unfinished: publicProcedure('read').query((): string => {
        throw new AppError('INTERNAL');
      }),
      patient: publicProcedure('read').input(z.object({ id: z.uuid() })).query((): string => {
        throw new AppError('NOT_FOUND', { entity: 'patient' });
      }),
    });
    const caller = t.createCallerFactory(router)(
      { hub: testHub.hub, connection: { token: null } },
      { onError: ({ error, path }) => logApiError(testHub.logger, error, path, 'ipc') },
    );
    await refused(caller.broken());
    await refused(caller.unfinished());
    await refused(caller.patient({ id: 'Tan Ah Kow' }));
    await refused(caller.patient({ id: '6a0f0a36-8d1b-4f7e-9f59-2f1c3f0f8a11' }));
    await testHub.logger.flush();

    const log = await readLogFolder(path.join(testHub.dataDir, 'logs'));
    expect(log.text).not.toContain('Tan Ah Kow');
    expect(log.text).not.toContain('800101-10-5001');
    const faults = log.lines.filter((line) => line.event === 'api.internalError');
    expect(faults).toEqual([
      expect.objectContaining({ level: 'error', procedure: 'broken', transport: 'ipc', error: 'Error', code: null, frames: expect.stringMatching(/^at .*api-error-log\.test\.ts:\d+:\d+/) as string }),
      expect.objectContaining({ level: 'error', procedure: 'unfinished', transport: 'ipc', error: 'AppError', code: 'INTERNAL' }),
    ]);
    expect(log.lines.filter((line) => line.event === 'api.refusals')).toEqual([
      expect.objectContaining({
        total: 2,
        counts: [
          { code: 'VALIDATION_FAILED', procedure: 'patient', transport: 'ipc', count: 1 },
          { code: 'NOT_FOUND', procedure: 'patient', transport: 'ipc', count: 1 },
        ],
      }),
    ]);
  });
});
