import path from 'node:path';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { runAsSystem } from '../../src/main/api/core/procedures';
import { Hub } from '../../src/main/hub/hub';
import { Logger } from '../../src/main/log/logger';
import { patientsKey } from '../../src/main/modules/patients';
import { searchPlan } from '../../src/main/modules/patients/patient-search-plan';
import { humanNumber } from '../../src/main/store/sequences';
import { applyStorePragmas, openEncryptedFile, type SqliteDatabase } from '../../src/main/store/store-file';
import { ADMIN } from '../support/test-hub';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
import { SeededRandom, type BenchPatient } from './patient-generator';
import { importUnderLoad, patientsCsv, type ImportFigures } from './patient-import';
import { percentile } from './stats';

export type QueryKind = 'name' | 'ic' | 'phone' | 'mrn';

export interface SearchQuery {
  kind: QueryKind;
  text: string;
}

export interface LatencyFigures {
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  /** Queries that found nothing (a fragment can miss; an MRN never should). */
  empty: number;
  p95MsByKind: Record<QueryKind, number>;
}

export interface PatientRegistryResult {
  patients: number;
  imports: ImportFigures[];
  queries: number;
  mix: Record<QueryKind, number>;
  raw: LatencyFigures;
  service: LatencyFigures;
  api: LatencyFigures;
  /** The same WebSocket's round trip for a near-empty query (auth.session): what any call costs. */
  apiFloor: LatencyFigures;
}

export interface PatientRegistryOptions {
  hubScript: string;
  rows: readonly BenchPatient[];
  /** Rows per CSV import; the rows go in as rows.length / importSize imports. */
  importSize: number;
  queries: number;
  warmupQueries: number;
  seed: number;
}

/**
 * The patient registry at size: the rows go into the real `patients` table (search index and
 * all) through the CSV import over the API of a spawned hub, then the same queries are timed
 * three ways — over that WebSocket API, through PatientsService in-process (in a transaction,
 * as the router runs it), and as the bare SQL statement the service runs, on the encrypted file.
 */
export async function measurePatientRegistry(options: PatientRegistryOptions): Promise<PatientRegistryResult> {
  const folder = await BenchHubFolder.create();
  const random = new SeededRandom(options.seed);
  const pick = (count: number): SearchQuery[] => Array.from({ length: count }, (_, i) => searchQuery(options.rows, random, i));
  const warmup = pick(options.warmupQueries);
  const queries = pick(options.queries);
  try {
    await initialiseThroughApi(options.hubScript, folder.env);
    const hub = await startHub(options.hubScript, folder.env);
    let imports: ImportFigures[] = [];
    let api: LatencyFigures;
    let apiFloor: LatencyFigures;
    try {
      ({ imports, api, apiFloor } = await withApi(hub.url, async (client) => {
        await client.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
        const done = await withApi(hub.url, async (searcher) => {
          await searcher.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
          const pid = hub.child.pid;
          if (pid === undefined) throw new Error('the hub process has no pid');
          const figures: ImportFigures[] = [];
          for (let start = 0; start < options.rows.length; start += options.importSize) {
            const csv = patientsCsv(options.rows.slice(start, start + options.importSize));
            figures.push(await importUnderLoad(client, searcher, pid, csv, warmup.map((query) => query.text)));
          }
          return figures;
        });
        const floor = await timeQueries(warmup, queries, async () => ((await client.auth.session.query()) ? 1 : 0));
        return { imports: done, api: await timeQueries(warmup, queries, (text) => apiSearch(client, text)), apiFloor: floor };
      }));
    } finally {
      await stopHub(hub.child);
    }
    const service = await inProcessService(folder, warmup, queries);
    const raw = await rawStatements(folder, warmup, queries);
    const mix = { name: 0, ic: 0, phone: 0, mrn: 0 };
    for (const query of queries) mix[query.kind] += 1;
    return { patients: options.rows.length, imports, queries: queries.length, mix, raw, service, api, apiFloor };
  } finally {
    await folder.dispose();
  }
}

/** "bin", "a/l"…: part of most names, and never what anyone types to find a patient. */
const CONNECTORS = new Set(['bin', 'binti', 'a/l', 'a/p']);

/** A front-desk query about a random patient: part of a name, 6–8 IC digits, a phone's last 7 digits, or an MRN. */
function searchQuery(rows: readonly BenchPatient[], random: SeededRandom, index: number): SearchQuery {
  const at = random.int(0, rows.length - 1);
  const patient = rows[at];
  const kinds: QueryKind[] = ['name', 'name', 'ic', 'phone', 'mrn'];
  const kind = kinds[index % kinds.length];
  switch (kind) {
    case 'name': {
      const words = patient.fullName.split(' ').filter((word) => word.length >= 3 && !CONNECTORS.has(word));
      const word = random.pick(words);
      // Half of them typed as a fragment of the word, as the receptionist is still typing.
      return { kind, text: random.chance(0.5) ? word.slice(0, random.int(3, word.length)) : `${word} ${random.pick(words)}` };
    }
    case 'ic': {
      const digits = patient.identityNo.replace(/\D/g, '');
      const length = random.int(6, 8);
      const from = random.int(0, digits.length - length);
      return { kind, text: digits.slice(from, from + length) };
    }
    case 'phone':
      return { kind, text: patient.phone.replace(/\D/g, '').slice(-7) };
    case 'mrn':
      // Imported in order into an empty store: row i has MRN i + 1.
      return { kind, text: humanNumber('MRN', at + 1) };
  }
}

async function timeQueries(warmup: readonly SearchQuery[], queries: readonly SearchQuery[], search: (text: string) => Promise<number> | number): Promise<LatencyFigures> {
  for (const query of warmup) await search(query.text);
  const millis = new Float64Array(queries.length);
  let empty = 0;
  for (let i = 0; i < queries.length; i++) {
    const started = process.hrtime.bigint();
    const found = await search(queries[i].text);
    millis[i] = Number(process.hrtime.bigint() - started) / 1e6;
    if (found === 0) empty += 1;
  }
  const p95Of = (kind: QueryKind): number => percentile(millis.filter((_, i) => queries[i].kind === kind).sort(), 0.95);
  const p95MsByKind = { name: p95Of('name'), ic: p95Of('ic'), phone: p95Of('phone'), mrn: p95Of('mrn') };
  millis.sort();
  return { p50Ms: percentile(millis, 0.5), p95Ms: percentile(millis, 0.95), meanMs: millis.reduce((sum, value) => sum + value, 0) / millis.length, empty, p95MsByKind };
}

async function apiSearch(client: TRPCClient<AppRouter>, text: string): Promise<number> {
  return (await client.patients.search.query({ query: text })).length;
}

async function inProcessService(folder: BenchHubFolder, warmup: readonly SearchQuery[], queries: readonly SearchQuery[]): Promise<LatencyFigures> {
  const logger = await Logger.open(path.join(folder.dataDir, 'logs'));
  const hub = await Hub.start({ dataDir: folder.dataDir, keychain: folder.keychain, logger });
  try {
    const open = hub.open();
    if (!open) throw new Error('the in-process hub did not open the store');
    return await timeQueries(warmup, queries, (text) =>
      runAsSystem(open, async (uow) => (await open.services.of(patientsKey).patients.search(uow, text)).length),
    );
  } finally {
    await hub.close();
    await logger.close();
  }
}

/** The statement the service runs for each query (FTS5 trigram, or the MRN or name index), prepared once, on its own connection. */
async function rawStatements(folder: BenchHubFolder, warmup: readonly SearchQuery[], queries: readonly SearchQuery[]): Promise<LatencyFigures> {
  const db = openEncryptedFile(folder.location.file, await folder.keyHex());
  const prepared = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  try {
    applyStorePragmas(db);
    return await timeQueries(warmup, queries, (text) => {
      const plan = searchPlan(text);
      let statement = prepared.get(plan.sql);
      if (!statement) {
        statement = db.prepare(plan.sql);
        prepared.set(plan.sql, statement);
      }
      return statement.all(plan.params).length;
    });
  } finally {
    db.close();
  }
}
