import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { StoreLocation } from '../../src/main/hub/store-location';
import { OsKeychain } from '../../src/main/store/keychain';
import { openEncryptedFile } from '../../src/main/store/store-file';
import { ADMIN, CLINIC } from '../support/test-hub';
import type { BenchPatient } from './patient-generator';
import { createPatientTable, insertPatients } from './patient-table';

export interface ColdStartResult {
  rows: number;
  storeBytes: number;
  /** Fill of the bench table inside the real store, one transaction. */
  fillMs: number;
  /** Spawn → "ready" line, on the store straight after first-run set-up. */
  emptyStoreMs: number[];
  /** Spawn → "ready" line, on the store holding the rows. */
  fullStoreMs: number[];
}

export interface ColdStartOptions {
  hubScript: string;
  rows: readonly BenchPatient[];
  starts: number;
}

const READY_LINE = /^ClinicDesk hub ready at (\S+)/;
const START_TIMEOUT_MS = 30_000;

/**
 * Hub cold start as an operator sees it: `node dist/hub/hub.js` spawned on a store made by
 * the real first-run path, timed until it prints its "ready" line. Each start is checked
 * afterwards to have actually opened the store (not fallen into recovery).
 */
export async function measureColdStart(options: ColdStartOptions): Promise<ColdStartResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-bench-'));
  const keychainService = `ClinicDesk-bench-${randomUUID()}`;
  const location = new StoreLocation(dataDir);
  const keychain = new OsKeychain(keychainService);
  const env = { ...process.env, CLINICDESK_DATA_DIR: dataDir, CLINICDESK_PORT: '0', CLINICDESK_HOST: '127.0.0.1', CLINICDESK_KEYCHAIN_SERVICE: keychainService };
  try {
    await initialiseThroughApi(options.hubScript, env);
    const emptyStoreMs = await timeStarts(options.hubScript, env, options.starts);

    const keyHex = await keychain.get(location.keychainAccount);
    if (!keyHex) throw new Error('first-run set-up left no key in the keychain');
    const fillStarted = performance.now();
    const db = openEncryptedFile(location.file, keyHex);
    try {
      createPatientTable(db);
      insertPatients(db, options.rows, options.rows.length);
    } finally {
      db.close();
    }
    const fillMs = performance.now() - fillStarted;

    const fullStoreMs = await timeStarts(options.hubScript, env, options.starts);
    return { rows: options.rows.length, storeBytes: (await stat(location.file)).size, fillMs, emptyStoreMs, fullStoreMs };
  } finally {
    await keychain.delete(location.keychainAccount).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function initialiseThroughApi(hubScript: string, env: NodeJS.ProcessEnv): Promise<void> {
  const hub = await startHub(hubScript, env);
  try {
    await withApi(hub.url, async (api) => {
      await api.setup.initialise.mutate({ clinic: CLINIC, admin: ADMIN });
    });
  } finally {
    await stopHub(hub.child);
  }
}

async function timeStarts(hubScript: string, env: NodeJS.ProcessEnv, starts: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < starts; i++) {
    const hub = await startHub(hubScript, env);
    try {
      times.push(hub.readyMs);
      const status = await withApi(hub.url, (api) => api.setup.status.query());
      if (status.state !== 'open') throw new Error(`the hub started but did not open the store (state: ${status.state})`);
    } finally {
      await stopHub(hub.child);
    }
  }
  return times;
}

interface StartedHub {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

function startHub(hubScript: string, env: NodeJS.ProcessEnv): Promise<StartedHub> {
  const started = performance.now();
  const child = spawn(process.execPath, [hubScript], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { stdout, stderr: stderrStream } = child;
  if (!stdout || !stderrStream) throw new Error('the hub was spawned without pipes');
  let stderr = '';
  stderrStream.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<StartedHub>((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}${stderr ? `\n${stderr.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail(`the hub printed no "ready" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const onExit = (code: number | null): void => fail(`the hub exited (code ${code}) before it was ready`);
    child.once('exit', onExit);
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => {
      const ready = READY_LINE.exec(line);
      if (!ready) return;
      const readyMs = performance.now() - started;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ child, url: ready[1], readyMs });
    });
  });
}

async function stopHub(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

async function withApi<T>(hubUrl: string, work: (api: TRPCClient<AppRouter>) => Promise<T>): Promise<T> {
  const url = new URL('/api', hubUrl);
  url.protocol = 'ws:';
  const wsClient = createWSClient({
    url: url.toString(),
    // `ws` implements the browser WebSocket surface tRPC uses; Node 20 has no global one.
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    retryDelayMs: () => 200,
  });
  try {
    return await work(createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] }));
  } finally {
    await wsClient.close();
  }
}
