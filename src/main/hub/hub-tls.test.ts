import { randomUUID, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ADMIN, setUpClinic, startTestHub, type TestHub } from '../../../tests/support/test-hub';
import type { AppRouter } from '../api/router';
import { machineNames } from './allowed-hosts';
import { createHub } from './create-hub';
import { API_PATH, startHubServer, type HubServer } from './http-server';
import { hubCertificate } from './tls-certificate';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date('2026-03-02T08:00:00Z');

async function folders(): Promise<{ tlsDir: string; rendererDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-tls-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>ClinicDesk</title>');
  return { tlsDir: path.join(root, 'tls'), rendererDir };
}

/** GET over HTTPS trusting only `ca`: the answer, and the certificate the server showed. */
function getTrusting(url: string, ca: string | null): Promise<{ status: number; body: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, ca ? { ca } : {}, (response) => {
      const fingerprint = (response.socket as TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, fingerprint }));
    });
    request.on('error', reject);
  });
}

/** A tRPC client over WSS that trusts only the hub's certificate. */
function apiClient(server: HubServer, ca: string, token: () => string) {
  class TrustingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  }
  const wsClient = createWSClient({ url: server.url.replace('https', 'wss') + API_PATH, WebSocket: TrustingWebSocket as unknown as typeof globalThis.WebSocket, connectionParams: () => ({ token: token() }) });
  cleanups.push(() => wsClient.close());
  return createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
}

async function serveTls(testHub: TestHub, rendererDir: string, tlsDir: string, now: Date) {
  const { certificate, made } = await hubCertificate({ dir: tlsDir, names: machineNames('127.0.0.1'), now });
  const server = await startHubServer(testHub.hub, { host: '127.0.0.1', port: 0, rendererDir, logger: testHub.logger, tls: certificate });
  return { certificate, made, server };
}

describe('LAN mode over TLS', () => {
  it('serves HTTPS and WSS with a certificate it made itself, shows its fingerprint to signed-in screens, and keeps it across restarts', async () => {
    const testHub = await startTestHub();
    cleanups.push(() => testHub.close());
    await setUpClinic(testHub);
    const { tlsDir, rendererDir } = await folders();

    const first = await serveTls(testHub, rendererDir, tlsDir, START);
    expect(first.made).toBe(true);
    expect(first.server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const x509 = new X509Certificate(first.certificate.cert);
    expect(first.server.fingerprint).toBe(x509.fingerprint256);
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkHost(`${os.hostname().toLowerCase()}.local`)).toBeDefined();

    const page = await getTrusting(`${first.server.url}/`, first.certificate.cert);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ClinicDesk</title>');
    expect(page.fingerprint).toBe(first.server.fingerprint);
    await expect(getTrusting(`${first.server.url}/`, null), 'a client that does not trust the certificate').rejects.toThrow(/self-signed|self signed/);

    let token = '';
    const client = apiClient(first.server, first.certificate.cert, () => token);
    expect((await client.setup.status.query()).state).toBe('open');
    await expect(client.clinic.connection.query()).rejects.toMatchObject({ data: { app: { code: 'NOT_SIGNED_IN' } } });
    token = (await client.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password })).token;
    expect(await client.clinic.connection.query()).toEqual({ tls: true, fingerprint: first.server.fingerprint });

    expect((await stat(tlsDir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(tlsDir, 'hub-key.pem'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(tlsDir, 'hub-cert.pem'))).mode & 0o777).toBe(0o600);

    await first.server.close();
    const again = await serveTls(testHub, rendererDir, tlsDir, new Date(START.getTime() + 100 * DAY_MS));
    cleanups.push(() => again.server.close());
    expect(again.made).toBe(false);
    expect(again.server.fingerprint).toBe(first.server.fingerprint);
    expect((await getTrusting(`${again.server.url}/`, first.certificate.cert)).status).toBe(200);
  });

  it('makes a new certificate near the old one’s end, when the hub has a name it does not cover, or when its key does not match', async () => {
    const { tlsDir } = await folders();
    const names = ['localhost', '127.0.0.1', '[::1]', 'reception-pc', 'reception-pc.local', '192.168.1.20'];
    const original = await hubCertificate({ dir: tlsDir, names, now: START });
    const x509 = new X509Certificate(original.certificate.cert);
    expect(x509.checkIP('::1')).toBeDefined();
    expect((new Date(x509.validTo).getTime() - new Date(x509.validFrom).getTime()) / DAY_MS).toBeLessThanOrEqual(825);

    expect((await hubCertificate({ dir: tlsDir, names: names.slice(0, 3), now: START })).made, 'fewer names: still covered').toBe(false);
    const nearEnd = await hubCertificate({ dir: tlsDir, names, now: new Date(new Date(x509.validTo).getTime() - 10 * DAY_MS) });
    expect(nearEnd.made).toBe(true);
    expect(nearEnd.certificate.fingerprint).not.toBe(original.certificate.fingerprint);

    const moved = await hubCertificate({ dir: tlsDir, names: [...names, '192.168.7.9'], now: START });
    expect(moved.made).toBe(true);
    expect(new X509Certificate(moved.certificate.cert).checkIP('192.168.7.9')).toBe('192.168.7.9');

    const other = await hubCertificate({ dir: path.join(tlsDir, 'other'), names, now: START });
    await writeFile(path.join(tlsDir, 'hub-key.pem'), other.certificate.key);
    expect((await hubCertificate({ dir: tlsDir, names, now: START })).made, 'a key that is not the certificate’s').toBe(true);
  });

  it('is what CLINICDESK_TLS=on gives: createHub keeps the certificate in the data folder and serves HTTPS with it', async () => {
    const { rendererDir } = await folders();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-tls-hub-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const config = { dataDir, keychainService: `ClinicDesk-test-${randomUUID()}`, server: { host: '127.0.0.1', port: 0, rendererDir, tls: true } };
    const first = await createHub(config);
    const fingerprint = first.server?.fingerprint;
    await first.close();
    const second = await createHub(config);
    cleanups.push(() => second.close());
    expect(second.server?.url).toMatch(/^https:/);
    expect(second.server?.fingerprint).toBe(fingerprint);
    expect(new X509Certificate(await readFile(path.join(dataDir, 'tls', 'hub-cert.pem'))).fingerprint256).toBe(fingerprint);
  });
});
