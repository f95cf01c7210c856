import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { StoreLocation } from '../../src/main/hub/store-location';
import { applyKey, applyStorePragmas, type SqliteDatabase } from '../../src/main/store/store-file';
import { SeededRandom, type BenchPatient } from './patient-generator';
import { createPatientTable, insertPatients } from './patient-table';
import { median, percentile } from './stats';

export type Synchronous = 'FULL' | 'NORMAL';

export interface CipherCostOptions {
  rows: readonly BenchPatient[];
  /** Rows per transaction in the bulk insert. */
  batchSize: number;
  /** Rows inserted once per variant and thrown away before anything is timed. */
  warmupRows: number;
  lookups: number;
  warmupLookups: number;
  runs: number;
  synchronousModes: readonly Synchronous[];
  seed: number;
}

export interface InsertFigures {
  runsRowsPerSecond: number[];
  medianRowsPerSecond: number;
}

export interface InsertComparison {
  synchronous: Synchronous;
  encrypted: InsertFigures;
  plain: InsertFigures;
  /** Plain rows/s ÷ encrypted rows/s: how many times longer the encrypted insert takes. */
  ratio: number;
}

export interface ReadFigures {
  /** Medians over the runs of each run's p50, p95 and mean, in microseconds. */
  p50Us: number;
  p95Us: number;
  meanUs: number;
  runsMeanUs: number[];
}

export interface CipherCostResult {
  rows: number;
  inserts: InsertComparison[];
  reads: ReadComparison[];
}

/**
 * How the SQLite page cache is set for a read test. `app` is the store's own setting
 * (applyStorePragmas, 64 MiB); `hot` gives the connection a cache larger than the file and loads it
 * with every key first, which isolates what a cache miss costs once encrypted.
 */
export type ReadCache = 'app' | 'hot';

export interface ReadComparison {
  cache: ReadCache;
  synchronous: Synchronous;
  lookups: number;
  encrypted: ReadFigures;
  plain: ReadFigures;
  /** Encrypted mean ÷ plaintext mean. */
  ratioOfMeans: number;
}

const HOT_CACHE_KIB = 256 * 1024;

interface Variant {
  name: 'encrypted' | 'plain';
  keyHex: string | null;
}

/**
 * SQLCipher's cost at the physical limit: raw better-sqlite3-multiple-ciphers, no TypeORM,
 * the same schema, rows and pragmas for an encrypted and a plaintext file. Variants alternate
 * run by run so drift on the machine falls on both alike.
 */
export async function measureCipherCost(options: CipherCostOptions): Promise<CipherCostResult> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-bench-cipher-'));
  const variants: Variant[] = [
    { name: 'encrypted', keyHex: randomBytes(32).toString('hex') },
    { name: 'plain', keyHex: null },
  ];
  const fileOf = (variant: Variant, label: string): string => path.join(folder, `${variant.name}-${label}.db`);
  try {
    for (const variant of variants) {
      insertRun(variant, fileOf(variant, 'warmup'), options.rows.slice(0, options.warmupRows), options.batchSize, 'FULL');
      await StoreLocation.remove(fileOf(variant, 'warmup'));
    }

    const inserts: InsertComparison[] = [];
    for (const synchronous of options.synchronousModes) {
      const rowsPerSecond = { encrypted: [] as number[], plain: [] as number[] };
      for (let run = 0; run < options.runs; run++) {
        for (const variant of alternate(variants, run)) {
          const file = fileOf(variant, synchronous);
          await StoreLocation.remove(file);
          const seconds = insertRun(variant, file, options.rows, options.batchSize, synchronous);
          rowsPerSecond[variant.name].push(options.rows.length / seconds);
        }
      }
      const encrypted = insertFigures(rowsPerSecond.encrypted);
      const plain = insertFigures(rowsPerSecond.plain);
      inserts.push({ synchronous, encrypted, plain, ratio: plain.medianRowsPerSecond / encrypted.medianRowsPerSecond });
    }

    // Reads use the files left by the app's own setting (FULL), rebuilt above in the last run.
    const readSynchronous = options.synchronousModes[0];
    await assertEncryptedOnDisk(fileOf(variants[0], readSynchronous));
    const random = new SeededRandom(options.seed);
    const pickKeys = (count: number): string[] => Array.from({ length: count }, () => random.pick(options.rows).identityNo);
    const warmupKeys = pickKeys(options.warmupLookups);
    const keys = pickKeys(options.lookups);
    const reads: ReadComparison[] = [];
    for (const cache of ['app', 'hot'] as const) {
      const warmup = cache === 'app' ? warmupKeys : keys;
      const readRuns = { encrypted: [] as LookupStats[], plain: [] as LookupStats[] };
      for (let run = 0; run < options.runs; run++) {
        for (const variant of alternate(variants, run)) {
          readRuns[variant.name].push(readRun(variant, fileOf(variant, readSynchronous), readSynchronous, cache, warmup, keys));
        }
      }
      const encrypted = readFigures(readRuns.encrypted);
      const plain = readFigures(readRuns.plain);
      reads.push({ cache, synchronous: readSynchronous, lookups: options.lookups, encrypted, plain, ratioOfMeans: encrypted.meanUs / plain.meanUs });
    }
    return { rows: options.rows.length, inserts, reads };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function openVariant(variant: Variant, file: string, synchronous: Synchronous): SqliteDatabase {
  const db = new Database(file);
  if (variant.keyHex) applyKey(db, variant.keyHex);
  applyStorePragmas(db);
  db.pragma(`synchronous = ${synchronous}`);
  return db;
}

/** Returns the seconds the inserts took (auto-checkpoints included, the final close not). */
function insertRun(variant: Variant, file: string, rows: readonly BenchPatient[], batchSize: number, synchronous: Synchronous): number {
  const db = openVariant(variant, file, synchronous);
  try {
    createPatientTable(db);
    const started = performance.now();
    insertPatients(db, rows, batchSize);
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

interface LookupStats {
  p50Us: number;
  p95Us: number;
  meanUs: number;
}

/** A fresh connection (empty SQLite page cache; the OS page cache is warm for both variants). */
function readRun(variant: Variant, file: string, synchronous: Synchronous, cache: ReadCache, warmupKeys: readonly string[], keys: readonly string[]): LookupStats {
  const db = openVariant(variant, file, synchronous);
  try {
    if (cache === 'hot') db.pragma(`cache_size = -${HOT_CACHE_KIB}`);
    const byIdentity = db.prepare('SELECT * FROM bench_patients WHERE identity_no = ?');
    for (const key of warmupKeys) byIdentity.get(key);
    const micros = new Float64Array(keys.length);
    let found = 0;
    for (let i = 0; i < keys.length; i++) {
      const started = process.hrtime.bigint();
      const row = byIdentity.get(keys[i]);
      micros[i] = Number(process.hrtime.bigint() - started) / 1000;
      if (row) found += 1;
    }
    if (found !== keys.length) throw new Error(`${variant.name}: ${keys.length - found} lookups found no row`);
    micros.sort();
    return { p50Us: percentile(micros, 0.5), p95Us: percentile(micros, 0.95), meanUs: micros.reduce((sum, value) => sum + value, 0) / micros.length };
  } finally {
    db.close();
  }
}

/** Guards the comparison itself: a plaintext header here would mean nothing was encrypted. */
async function assertEncryptedOnDisk(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(16);
    await handle.read(header, 0, 16, 0);
    if (header.toString('latin1') === 'SQLite format 3\0') throw new Error(`${file} is not encrypted`);
  } finally {
    await handle.close();
  }
}

function alternate(variants: Variant[], run: number): Variant[] {
  return run % 2 === 0 ? variants : [...variants].reverse();
}

function insertFigures(runs: number[]): InsertFigures {
  return { runsRowsPerSecond: runs, medianRowsPerSecond: median(runs) };
}

function readFigures(runs: LookupStats[]): ReadFigures {
  return {
    p50Us: median(runs.map((run) => run.p50Us)),
    p95Us: median(runs.map((run) => run.p95Us)),
    meanUs: median(runs.map((run) => run.meanUs)),
    runsMeanUs: runs.map((run) => run.meanUs),
  };
}

