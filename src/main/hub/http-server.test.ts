import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { firstAnswerHead, sendRaw, upgradeRequest } from '../../../tests/support/raw-client';
import { ADMIN, setUpClinic, startTestHub, type TestHub } from '../../../tests/support/test-hub';
import type { AppRouter } from '../api/router';
import { API_PATH, startHubServer, type HubServer } from './http-server';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A hub serving a screens folder that sits beside a private folder whose name starts the same
 * way (`renderer` and `renderer-private`), as a bare prefix check would confuse them.
 */
async function serve(options: { built?: boolean } = {}): Promise<{ testHub: TestHub; server: HubServer; rendererDir: string; port: number }> {
  const testHub = await startTestHub();
  cleanups.push(() => testHub.close());
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-site-'));
  cleanups.push(() => rm(siteDir, { recursive: true, force: true }));
  const rendererDir = path.join(siteDir, 'renderer');
  await mkdir(rendererDir);
  if (options.built ?? true) await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>ClinicDesk</title>');
  await mkdir(path.join(siteDir, 'renderer-private'));
  await writeFile(path.join(siteDir, 'renderer-private', 'secret.txt'), 'not for the web');
  const server = await startHubServer(testHub.hub, { host: '127.0.0.1', port: 0, rendererDir, logger: testHub.logger });
  cleanups.push(() => server.close());
  return { testHub, server, rendererDir, port: Number(new URL(server.url).port) };
}

/**
 * Sends one request exactly as written (no client library tidies the path or the headers).
 * Requests ask for `Connection: close`; upgrades half-close instead, as the server keeps them open.
 */
async function rawAnswer(port: number, request: string, halfClose = false) {
  const answer = await sendRaw(port, [Buffer.from(request, 'latin1')], { timeoutMs: 5_000, halfClose });
  return { head: firstAnswerHead(answer.received), body: answer.received.toString('latin1'), ended: answer.ended };
}

const get = (port: number, target: string, host = `127.0.0.1:${port}`, extra = '') =>
  rawAnswer(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}\r\n`);
const upgrade = (port: number, target: string, host: string, origin: string | null) => rawAnswer(port, upgradeRequest(target, host, origin).toString('latin1'), true);

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
];

function apiClient(server: HubServer, token: () => string | null) {
  const wsClient = createWSClient({
    url: server.url.replace('http', 'ws') + API_PATH,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    connectionParams: () => ({ token: token() ?? '' }),
  });
  cleanups.push(() => wsClient.close());
  return createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
}

describe('hub server', () => {
  it('serves the API over WebSocket: sign-in binds the connection, errors arrive as { code, details }', async () => {
    const { testHub, server } = await serve();
    await setUpClinic(testHub);
    let token: string | null = null;
    const client = apiClient(server, () => token);
    expect((await client.setup.status.query()).state).toBe('open');
    await expect(client.users.list.query()).rejects.toMatchObject({ data: { app: { code: 'NOT_SIGNED_IN' } } });
    await expect(client.users.create.mutate({ username: '!', displayName: '', password: '', roles: [] })).rejects.toMatchObject({
      data: { app: { code: 'NOT_SIGNED_IN' } },
    });
    token = (await client.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password })).token;
    expect((await client.users.list.query()).map((u) => u.username)).toEqual(['aminah']);
    expect(await client.clinic.connection.query()).toEqual({ tls: false, fingerprint: null });
    await expect(client.users.create.mutate({ username: '!', displayName: '', password: '', roles: [] })).rejects.toMatchObject({
      data: { app: { code: 'VALIDATION_FAILED', details: { fields: expect.arrayContaining(['username', 'password', 'roles']) as unknown } } },
    });
  });

  it('pushes changes to subscribers', async () => {
    const { testHub, server } = await serve();
    const { admin } = await setUpClinic(testHub);
    const client = apiClient(server, () => admin.token);
    const seen: string[][] = [];
    let subscription: { unsubscribe(): void } | undefined;
    await new Promise<void>((started) => {
      subscription = client.events.changed.subscribe(undefined, { onStarted: () => started(), onData: (event) => seen.push(event.entities) });
    });
    cleanups.push(async () => subscription?.unsubscribe());
    await admin.caller.settings.security.save({ idleLockMinutes: 10 });
    await expect.poll(() => seen).toContainEqual(['clinic']);
  });

  it('refuses WebSocket connections from other web origins', async () => {
    const { server } = await serve();
    const url = server.url.replace('http', 'ws') + API_PATH;
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url, { headers: { origin: 'https://evil.example' } });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('serves the screens with the content-security policy, and never files outside them', async () => {
    const { server } = await serve();
    const page = await fetch(`${server.url}/users/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>ClinicDesk</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });

  it('never serves a sibling folder whose name starts like the screens folder', async () => {
    const { port } = await serve();
    for (const target of ['/..%2Frenderer-private%2Fsecret.txt', '/..%2frenderer-private/secret.txt', '/%2e%2e/renderer-private/secret.txt', '/..%5Crenderer-private%5Csecret.txt']) {
      const answer = await get(port, target);
      expect(answer.body, target).not.toContain('not for the web');
      expect(answer.head?.status, target).toBeOneOf([400, 403, 404]);
    }
  });

  it('answers a malformed path with 400 and keeps serving (issue 7: GET /% stopped the hub)', async () => {
    const { port } = await serve();
    for (const target of ['/%', '/%zz', '/a%', '/%c0%af', '/%ff', '/%ed%a0%80', '/assets/%00.js']) {
      expect((await get(port, target)).head?.status, target).toBe(400);
    }
    expect((await get(port, '/')).head?.status).toBe(200);
  });

  it('answers a request the HTTP parser refuses with 400, and closes the connection', async () => {
    const { port } = await serve();
    const answer = await rawAnswer(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nBad Name: x\r\n\r\n`);
    expect(answer.head?.status).toBe(400);
    expect(answer.head?.headers.get('connection')).toBe('close');
    expect(answer.ended).toBe('closed');
  });

  it('answers only requests addressed to its own names, so a rebound DNS name reaches nothing (issue 7 item 5)', async () => {
    const { port } = await serve();
    expect((await get(port, '/', 'evil.example')).head?.status).toBe(421);
    expect((await get(port, '/', `evil.example:${port}`)).head?.status).toBe(421);
    expect((await get(port, '/', `localhost:${port}`)).head?.status).toBe(200);
    const rebound = await upgrade(port, API_PATH, `evil.example:${port}`, `http://evil.example:${port}`);
    expect(rebound.head?.status).toBe(421);
    const foreignPage = await upgrade(port, API_PATH, `127.0.0.1:${port}`, 'http://evil.example');
    expect(foreignPage.head?.status).toBe(403);
    const ownPage = await upgrade(port, API_PATH, `localhost:${port}`, `http://localhost:${port}`);
    expect(ownPage.head?.status).toBe(101);
    expect((await get(port, '/', `127.0.0.1:${port}`, 'Origin: http://evil.example\r\n')).head?.status).toBe(403);
  });

  it('sends the security headers with every answer, refusals included', async () => {
    const { port } = await serve();
    const unbuilt = await serve({ built: false });
    const answers = {
      200: await get(port, '/'),
      400: await get(port, '/%'),
      403: await get(port, '/..%2f..%2fetc%2fpasswd'),
      404: await get(port, '/assets/missing.js'),
      405: await rawAnswer(port, `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
      421: await get(port, '/', 'evil.example'),
      503: await get(unbuilt.port, '/'),
      'refused upgrade': await upgrade(port, '/not-the-api', `127.0.0.1:${port}`, null),
    };
    for (const [expected, answer] of Object.entries(answers)) {
      if (expected !== 'refused upgrade') expect(answer.head?.status).toBe(Number(expected));
      for (const header of SECURITY_HEADERS) expect(answer.head?.headers.has(header), `${header} on ${expected}`).toBe(true);
    }
    expect(answers[200].head?.headers.get('permissions-policy')).toContain('microphone=(self)');
    expect(answers[200].head?.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });
});
