import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import type { InitialiseInput } from '../../src/shared/schemas/setup';

/** The clinic's owner in every spec: an admin, as the first-run wizard makes her. */
export const OWNER = { username: 'aminah', displayName: 'Dr Aminah', password: 'Sejahtera2026' };

/** The clinic the specs that skip the wizard start with: what foundation.spec.ts types into it. */
const CLINIC: InitialiseInput['clinic'] = {
  name: 'Klinik Sejahtera',
  address: '12 Jalan SS2/24, 47300 Petaling Jaya, Selangor',
  phone: '+60 3-7876 1234',
  registrationNo: 'KKM-PJ-00123',
  currency: 'MYR',
  timeZone: 'Asia/Kuala_Lumpur',
  languages: ['ms', 'en'],
  tax: { enabled: false, name: 'SST', rateBasisPoints: 0, registrationNo: '' },
};

/** The hub a spec file runs against; filled in before the file's first test. */
export interface SpecHub {
  url: string;
  dataDir: string;
  keychainService: string;
  /** The recovery code set-up showed (with `setUp` only): what the owner keeps in the safe. */
  recoveryCode: string;
  /** Stops the hub as a power cut or an update would; its data folder and keychain entry stay. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data folder (after `stop`). */
  start: () => Promise<void>;
}

/**
 * One hub of its own for this spec file: the built hub (`dist/hub/hub.js`) on a free port, an
 * empty data folder and its own keychain entry, stopped and removed after the file's last test.
 * So any spec runs alone, or in any order. With `setUp`, the clinic is set up through the API
 * with OWNER as its admin (in `timeZone` if given); without it, the hub waits at the first-run wizard.
 */
export function hubForThisSpec(options: { setUp: boolean; timeZone?: string }): SpecHub {
  let child: ChildProcess | null = null;
  const hub: SpecHub = {
    url: '',
    dataDir: '',
    keychainService: `ClinicDesk-e2e-${randomUUID()}`,
    recoveryCode: '',
    stop: async () => {
      if (child) await stop(child);
    },
    start: async () => {
      // A free port the first time; the same one again, so open pages find the hub where it was.
      const port = hub.url ? new URL(hub.url).port : '0';
      child = spawn(process.execPath, ['dist/hub/hub.js'], {
        env: { ...process.env, CLINICDESK_PORT: port, CLINICDESK_DATA_DIR: hub.dataDir, CLINICDESK_KEYCHAIN_SERVICE: hub.keychainService },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      hub.url = await readyUrl(child);
    },
  };

  test.beforeAll(async () => {
    hub.dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-e2e-'));
    await hub.start();
    if (options.setUp) hub.recoveryCode = await setUpClinic(hub.url, options.timeZone ?? CLINIC.timeZone);
  });

  test.afterAll(async () => {
    await hub.stop();
    if (hub.dataDir) await rm(hub.dataDir, { recursive: true, force: true });
  });

  // Playwright reads a fixture's needs from its first parameter's pattern: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  test.use({ baseURL: async ({}, use) => use(hub.url) });
  return hub;
}

/** OWNER signs in on the sign-in screen and reaches the app. */
export async function signInAsOwner(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-queue')).toBeVisible();
}

/** The URL the hub prints once it serves. */
function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout?.on('data', (data: Buffer) => {
      printed += data.toString('utf8');
      const url = /ClinicDesk hub ready at (\S+)/.exec(printed)?.[1]?.replace(/\/$/, '');
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the hub stopped before it served (exit ${code}): ${printed}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function setUpClinic(url: string, timeZone: string): Promise<string> {
  const wsClient = createWSClient({ url: `${url.replace(/^http/, 'ws')}/api`, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  try {
    const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
    const { recoveryCode } = await api.setup.initialise.mutate({ clinic: { ...CLINIC, timeZone }, admin: OWNER });
    return recoveryCode;
  } finally {
    await wsClient.close();
  }
}

/** The API as the owner, for a spec's set-up: signs in on one connection, then opens another that carries the token. */
export async function ownerApi(hub: SpecHub): Promise<{ api: TRPCClient<AppRouter>; close: () => Promise<void> }> {
  const url = `${hub.url.replace(/^http/, 'ws')}/api`;
  const opener = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const { token } = await createTRPCClient<AppRouter>({ links: [wsLink({ client: opener })] }).auth.login.mutate({ username: OWNER.username, password: OWNER.password });
  await opener.close();
  const client = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket, connectionParams: () => ({ token }) });
  return { api: createTRPCClient<AppRouter>({ links: [wsLink({ client })] }), close: () => client.close() };
}

/**
 * The starter fees charge a consultation after hours (22:00–08:00 clinic time). A spec that reads
 * a bill's total turns the windowed consultation fees off, so its bill is the same at whatever hour
 * the suite runs; choosing among windows is tested on its own (consultation-fee.test.ts).
 */
export async function chargeOneConsultationFeeAtAllHours(api: TRPCClient<AppRouter>): Promise<void> {
  const windowed = (await api.fees.list.query({ includeInactive: false })).filter((fee) => fee.kind === 'consultation' && fee.fromTime !== null);
  for (const fee of windowed) await api.fees.save.mutate({ ...fee, active: false });
}

/** The owner is also the clinic's doctor: she writes notes and signs documents with her MMC number. */
export async function ownerIsTheDoctor(api: TRPCClient<AppRouter>, mmcNo = '54321'): Promise<void> {
  const owner = (await api.users.list.query()).find((user) => user.username === OWNER.username);
  if (!owner) throw new Error('no owner');
  await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'doctor' as const])], mmcNo });
}
