import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ADMIN, setUpClinic, startTestHub, type TestHub } from '../../../tests/support/test-hub';
import type { AppRouter } from '../api/router';
import { API_PATH, startHubServer, type HubServer } from './http-server';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(): Promise<{ testHub: TestHub; server: HubServer; rendererDir: string }> {
  const testHub = await startTestHub();
  cleanups.push(() => testHub.close());
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-renderer-'));
  cleanups.push(() => rm(rendererDir, { recursive: true, force: true }));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>ClinicDesk</title>');
  const server = await startHubServer(testHub.hub, { host: '127.0.0.1', port: 0, rendererDir, logger: testHub.logger });
  cleanups.push(() => server.close());
  return { testHub, server, rendererDir };
}

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
    await admin.caller.clinic.updateSecurity({ idleLockMinutes: 10 });
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
});
