import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { openEncryptedFile } from '../../src/main/store/store-file';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
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

/**
 * Hub cold start as an operator sees it: `node dist/hub/hub.js` spawned on a store made by
 * the real first-run path, timed until it prints its "ready" line. Each start is checked
 * afterwards to have actually opened the store (not fallen into recovery).
 */
export async function measureColdStart(options: ColdStartOptions): Promise<ColdStartResult> {
  const folder = await BenchHubFolder.create();
  const { env, location } = folder;
  try {
    await initialiseThroughApi(options.hubScript, env);
    const emptyStoreMs = await timeStarts(options.hubScript, env, options.starts);

    const keyHex = await folder.keyHex();
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
    await folder.dispose();
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
