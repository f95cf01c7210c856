import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { StoreLocation } from '../../src/main/hub/store-location';
import { OsKeychain } from '../../src/main/store/keychain';
import { ADMIN, CLINIC } from '../support/test-hub';

/** The hub as a separate process (`node dist/hub/hub.js`), and its API over a real WebSocket. */
const READY_LINE = /^ClinicDesk hub ready at (\S+)/;
const START_TIMEOUT_MS = 30_000;

/** A temp data folder and keychain entry of its own for a benchmark hub, and the environment that points a hub at them. */
export class BenchHubFolder {
  private constructor(
    readonly dataDir: string,
    readonly keychain: OsKeychain,
    readonly location: StoreLocation,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  static async create(): Promise<BenchHubFolder> {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-bench-'));
    const keychainService = `ClinicDesk-bench-${randomUUID()}`;
    const env = { ...process.env, CLINICDESK_DATA_DIR: dataDir, CLINICDESK_PORT: '0', CLINICDESK_HOST: '127.0.0.1', CLINICDESK_KEYCHAIN_SERVICE: keychainService };
    return new BenchHubFolder(dataDir, new OsKeychain(keychainService), new StoreLocation(dataDir), env);
  }

  /** The store's key, as the first-run set-up left it in the keychain. */
  async keyHex(): Promise<string> {
    const keyHex = await this.keychain.get(this.location.keychainAccount);
    if (!keyHex) throw new Error('first-run set-up left no key in the keychain');
    return keyHex;
  }

  async dispose(): Promise<void> {
    await this.keychain.delete(this.location.keychainAccount).catch(() => undefined);
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

export async function initialiseThroughApi(hubScript: string, env: NodeJS.ProcessEnv): Promise<void> {
  const hub = await startHub(hubScript, env);
  try {
    await withApi(hub.url, async (api) => {
      await api.setup.initialise.mutate({ clinic: CLINIC, admin: ADMIN });
    });
  } finally {
    await stopHub(hub.child);
  }
}

export interface StartedHub {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

export function startHub(hubScript: string, env: NodeJS.ProcessEnv): Promise<StartedHub> {
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

export async function stopHub(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

export async function withApi<T>(hubUrl: string, work: (api: TRPCClient<AppRouter>) => Promise<T>): Promise<T> {
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
