import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AI_GOALS, aiLocalSection, measureAiLocal } from './ai-local';
import { CHART_GOALS, chartOpenSection, measureChartOpen, type ChartOpenResult } from './chart-open';
import { measureCipherCost, type CipherCostResult, type ReadComparison, type Synchronous } from './cipher-cost';
import { measureColdStart, type ColdStartResult } from './cold-start';
import { DAY_CLOSE_GOALS, dayCloseSection, measureDayClose } from './day-close';
import { DISPENSING_GOALS, dispensingSection, measureDispensing } from './dispense-prescription';
import { EINVOICE_GOALS, einvoiceSection, measureEinvoiceMonth } from './einvoice-month';
import { DIAGNOSIS_GOALS, diagnosisSearchSection, measureDiagnosisSearch } from './diagnosis-search';
import { measureDisplayLatency } from './display-latency';
import { DISPLAY_GOALS, displaySection } from './display-report';
import { PatientGenerator } from './patient-generator';
import { measurePatientRegistry } from './patient-search';
import { importSection, REGISTRY_GOALS, REGISTRY_WARMUP, searchSection } from './registry-report';
import { atMost, formatJsonLine, formatTable, mebibytes, ms, perSecond, times, us, type ReportSection } from './report';
import { median } from './stats';
import { measureStockValuation, STOCK_GOALS, stockSection } from './stock-valuation';

/**
 * `npm run bench`: measures and prints; it never fails because a goal is missed, only
 * when a measurement could not be made.
 */
const PATIENT_ROWS = 200_000;
const SEED = 20_260_101;
const HUB_STARTS = 5;
const GOALS = { coldStartMs: 1500, insertRatio: 1.5, readRatio: 1.1 };
const DISPLAY_CALLS = 250;
const DISPLAY_WARMUP = 20;
const DIAGNOSIS_RANDOM_TYPED = 600;
const DIAGNOSIS_WARMUP = 500;
const CHART_VISITS = 1_000_000;
const CHART_ROUNDS = 200;
const CHART_WARMUP = 20;
const STOCK_ROUNDS = 50;
const STOCK_WARMUP = 5;
const DISPENSING_ROUNDS = 60;
const DISPENSING_WARMUP = 5;
const DAY_VISITS = 300;
const EINVOICE_SALES = 9000;
const EINVOICE_ROUNDS = 10;
const EINVOICE_WARMUP = 2;
const AI_COMPLAINTS = 5000;
const AI_WARMUP = 500;
/**
 * CLINICDESK_BENCH_ONLY=chart,diagnosis runs only the named sections (cold-start, cipher, registry,
 * display, diagnosis, chart, stock, dispensing, einvoice, day-close, ai); CLINICDESK_BENCH_CHART_STORE=20000/100000 shrinks the chart section's
 * store (patients/visits) while developing. Both unset: everything, at full size.
 */
const SECTIONS = ['cold-start', 'cipher', 'registry', 'display', 'diagnosis', 'chart', 'stock', 'dispensing', 'einvoice', 'day-close', 'ai'] as const;
/** The sections that spawn the built hub; the others run in process. */
const HUB_SECTIONS: readonly (typeof SECTIONS)[number][] = ['cold-start', 'registry', 'display', 'chart', 'dispensing', 'day-close'];
const ONLY = process.env.CLINICDESK_BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const CHART_STORE = process.env.CLINICDESK_BENCH_CHART_STORE?.split('/').map(Number);
const wanted = (section: (typeof SECTIONS)[number]): boolean => !ONLY || ONLY.includes(section);
/**
 * The built hub the benchmarks spawn: `<dir>/hub/hub.js`, `dist` unless CLINICDESK_BENCH_DIST
 * names another build (one inside the repository, so the hub finds node_modules; see README).
 */
const BUILD_DIR = path.resolve(process.env.CLINICDESK_BENCH_DIST ?? 'dist');
/** synchronous=NORMAL doubles the insert test (about +2.5 min here): `npm run bench -- --synchronous-normal`. */
const SYNCHRONOUS_MODES: Synchronous[] = process.argv.includes('--synchronous-normal') ? ['FULL', 'NORMAL'] : ['FULL'];

async function main(): Promise<void> {
  const started = performance.now();
  const hubScript = path.join(BUILD_DIR, 'hub', 'hub.js');
  if (HUB_SECTIONS.some(wanted) && !existsSync(hubScript)) throw new Error(`${hubScript} is missing: run "npm run build" first`);

  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}`, memoryGiB: os.totalmem() / 2 ** 30 };
  console.log(`ClinicDesk benchmarks — ${machine.cpus} × ${machine.model}, ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, ${machine.platform}`);
  // Other work on the machine shows in every figure; the load average says how much there was.
  const loadAtStart = os.loadavg();
  console.log(`hub ${hubScript}; load average (1/5/15 min) ${loadText(loadAtStart)}`);

  const unknown = ONLY?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0) throw new Error(`CLINICDESK_BENCH_ONLY names no section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);

  let phase = performance.now();
  const rows = new PatientGenerator(SEED).many(CHART_STORE?.[0] ?? PATIENT_ROWS);
  const generationMs = performance.now() - phase;
  console.log(`generated ${rows.length.toLocaleString('en-US')} synthetic patients in ${ms(generationMs)} (e.g. ${rows[0].fullName}, ${rows[0].identityNo})`);

  const sections: ReportSection[] = [];
  const results: Record<string, unknown> = {};
  const measure = async <T>(section: (typeof SECTIONS)[number], what: string, run: () => Promise<T>, report: (result: T) => ReportSection[]): Promise<void> => {
    if (!wanted(section)) return;
    phase = performance.now();
    console.log(`measuring ${what}…`);
    const result = await run();
    console.log(`  done in ${ms(performance.now() - phase)}`);
    sections.push(...report(result));
    results[section] = result;
  };

  await measure('cold-start', 'hub cold start', () => measureColdStart({ hubScript, rows, starts: HUB_STARTS }), (result) => {
    results['cold-start'] = coldStartSummary(result);
    return [coldStartSection(result)];
  });
  await measure(
    'cipher',
    'SQLCipher cost',
    () => measureCipherCost({ rows, batchSize: 1000, warmupRows: 20_000, lookups: 50_000, warmupLookups: 5_000, runs: 3, synchronousModes: SYNCHRONOUS_MODES, seed: SEED + 1 }),
    (result: CipherCostResult) => [insertSection(result), ...result.reads.map(readSection)],
  );
  await measure(
    'registry',
    'the patient registry (CSV import of the rows over the API, then search three ways)',
    () => measurePatientRegistry({ hubScript, rows, importSize: 100_000, queries: 2000, warmupQueries: REGISTRY_WARMUP, seed: SEED + 2 }),
    (result) => [searchSection(result), importSection(result.imports)],
  );
  await measure(
    'display',
    `queue call → TV board over WebSocket (${DISPLAY_CALLS} calls)`,
    () => measureDisplayLatency({ hubScript, patients: rows, samples: DISPLAY_CALLS, warmup: DISPLAY_WARMUP }),
    (result) => [displaySection(result, DISPLAY_WARMUP)],
  );
  await measure(
    'diagnosis',
    'ICD-10 diagnosis search over the full list',
    () => measureDiagnosisSearch({ randomTyped: DIAGNOSIS_RANDOM_TYPED, warmup: DIAGNOSIS_WARMUP, seed: SEED + 3 }),
    (result) => [diagnosisSearchSection(result, DIAGNOSIS_WARMUP)],
  );
  await measure(
    'chart',
    'opening a 500-visit and a 5-visit chart over WebSocket',
    () => measureChartOpen({ hubScript, patients: rows, visits: CHART_STORE?.[1] ?? CHART_VISITS, rounds: CHART_ROUNDS, warmup: CHART_WARMUP, seed: SEED + 4 }),
    (result: ChartOpenResult) => [chartOpenSection(result, CHART_WARMUP)],
  );
  await measure(
    'stock',
    'stock valuation of a store with 5,000 items and 50,000 batches',
    () => measureStockValuation({ items: 5000, batches: 50_000, seed: SEED + 5, rounds: STOCK_ROUNDS, warmup: STOCK_WARMUP }),
    (result) => [stockSection(result, STOCK_WARMUP)],
  );
  await measure(
    'dispensing',
    'dispensing 5-line prescriptions from a store with 5,000 items and 50,000 batches',
    () => measureDispensing({ hubScript, items: 5000, batches: 50_000, seed: SEED + 6, rounds: DISPENSING_ROUNDS, warmup: DISPENSING_WARMUP }),
    (result) => [dispensingSection(result, DISPENSING_WARMUP)],
  );
  await measure(
    'einvoice',
    `a month's consolidated e-invoice from ${EINVOICE_SALES.toLocaleString('en-US')} sales`,
    () => measureEinvoiceMonth({ sales: EINVOICE_SALES, rounds: EINVOICE_ROUNDS, warmup: EINVOICE_WARMUP, seed: SEED + 7 }),
    (result) => [einvoiceSection(result, EINVOICE_WARMUP)],
  );
  await measure(
    'day-close',
    `closing a day of ${DAY_VISITS} visits and rendering its Z report`,
    () => measureDayClose({ hubScript, visits: DAY_VISITS, stillWaiting: 10, previewRounds: 20 }),
    (result) => [dayCloseSection(result)],
  );
  await measure(
    'ai',
    'local triage per complaint and the redaction chain’s throughput',
    () => Promise.resolve(measureAiLocal({ complaints: AI_COMPLAINTS, warmup: AI_WARMUP, redactionBytes: 1_000_000, seed: SEED + 8 })),
    (result) => [aiLocalSection(result, AI_WARMUP)],
  );

  console.log(formatTable(sections));
  const totalMs = performance.now() - started;
  const loadAtEnd = os.loadavg();
  console.log(`\ntotal ${ms(totalMs)}; load average at the end ${loadText(loadAtEnd)}`);
  const load = { atStart: loadAtStart, atEnd: loadAtEnd };
  const goals = { ...GOALS, ...REGISTRY_GOALS, ...DISPLAY_GOALS, ...DIAGNOSIS_GOALS, ...CHART_GOALS, ...STOCK_GOALS, ...DISPENSING_GOALS, ...EINVOICE_GOALS, ...DAY_CLOSE_GOALS, ...AI_GOALS };
  console.log(
    formatJsonLine({
      bench: 'clinicdesk',
      machine,
      load,
      seed: SEED,
      generationMs,
      goals,
      coldStart: results['cold-start'],
      cipherCost: results.cipher,
      registry: results.registry,
      display: results.display,
      diagnosisSearch: results.diagnosis,
      chartOpen: results.chart,
      stock: results.stock,
      dispensing: results.dispensing,
      einvoice: results.einvoice,
      dayClose: results['day-close'],
      ai: results.ai,
      totalMs,
    }),
  );
}

function loadText(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(' / ');
}

function coldStartSummary(result: ColdStartResult) {
  const spread = (values: number[]) => ({ minMs: Math.min(...values), medianMs: median(values), maxMs: Math.max(...values), runsMs: values });
  return { rows: result.rows, storeBytes: result.storeBytes, fillMs: result.fillMs, emptyStore: spread(result.emptyStoreMs), fullStore: spread(result.fullStoreMs) };
}

function coldStartSection(result: ColdStartResult): ReportSection {
  const summary = coldStartSummary(result);
  const full = summary.fullStore;
  return {
    title: `1. Hub cold start, spawn → "ready" line (${HUB_STARTS} starts each)`,
    rows: [
      { figure: `store with ${result.rows.toLocaleString('en-US')} patient rows: median`, measured: ms(full.medianMs), goal: atMost(full.medianMs, GOALS.coldStartMs, `≤ ${GOALS.coldStartMs} ms`) },
      { figure: '  min / max', measured: `${ms(full.minMs)} / ${ms(full.maxMs)}`, goal: atMost(full.maxMs, GOALS.coldStartMs, `≤ ${GOALS.coldStartMs} ms`) },
      { figure: 'store just after first-run set-up: median', measured: ms(summary.emptyStore.medianMs) },
      { figure: '  min / max', measured: `${ms(summary.emptyStore.minMs)} / ${ms(summary.emptyStore.maxMs)}` },
      { figure: 'store file size (encrypted)', measured: mebibytes(result.storeBytes) },
      { figure: 'filling the rows (one transaction)', measured: ms(result.fillMs) },
    ],
    notes: [
      'node dist/hub/hub.js on a store made through setup.initialise; every start checked to reach state "open".',
      'OS page cache warm (the file was just written): this is process cold start, not a cold disk.',
    ],
  };
}

function insertSection(result: CipherCostResult): ReportSection {
  return {
    title: `2a. Bulk insert, ${result.rows.toLocaleString('en-US')} rows in transactions of 1000 (median of 3)`,
    rows: result.inserts.flatMap((insert) => [
      { figure: `synchronous=${insert.synchronous}: SQLCipher`, measured: perSecond(insert.encrypted.medianRowsPerSecond) },
      { figure: `synchronous=${insert.synchronous}: plaintext`, measured: perSecond(insert.plain.medianRowsPerSecond) },
      {
        figure: `synchronous=${insert.synchronous}: cost (plain ÷ encrypted)`,
        measured: times(insert.ratio),
        goal: insert.synchronous === 'FULL' ? atMost(insert.ratio, GOALS.insertRatio, `≤ ${GOALS.insertRatio}×`) : undefined,
      },
    ]),
    notes: ['raw better-sqlite3-multiple-ciphers with the pragmas the store uses (applyStorePragmas: WAL, 64 MiB page cache), same schema and indexes; synchronous FULL is what the app uses.'],
  };
}

function readSection(reads: ReadComparison): ReportSection {
  const app = reads.cache === 'app';
  return {
    title: `2b. Point reads by identity number, ${reads.lookups.toLocaleString('en-US')} random lookups, ${app ? "the store's own page cache (64 MiB)" : 'page cache larger than the file, hot'} (median of 3)`,
    rows: [
      { figure: 'SQLCipher p50 / p95', measured: `${us(reads.encrypted.p50Us)} / ${us(reads.encrypted.p95Us)}` },
      { figure: 'plaintext p50 / p95', measured: `${us(reads.plain.p50Us)} / ${us(reads.plain.p95Us)}` },
      { figure: 'SQLCipher / plaintext mean', measured: `${us(reads.encrypted.meanUs)} / ${us(reads.plain.meanUs)}` },
      {
        figure: 'cost (ratio of means)',
        measured: times(reads.ratioOfMeans),
        goal: app ? atMost(reads.ratioOfMeans, GOALS.readRatio, `≤ ${GOALS.readRatio}×`) : undefined,
      },
    ],
    notes: app
      ? [
          'prepared statement; each run on a fresh connection (empty SQLite page cache) after 5,000 warm-up lookups.',
          'the OS page cache is warm for both files: what differs is decrypting each page SQLite reads.',
        ]
      : ['cache_size 256 MiB, loaded by one untimed pass over the same keys: every page is a cache hit (informative, no goal).'],
  };
}

let finished = false;
// A measurement waiting on something nothing keeps alive ends the process quietly, with status 0.
process.on('exit', () => {
  if (finished || process.exitCode) return;
  console.error('bench could not run: the process ran out of work before the measurements finished');
  process.exitCode = 1;
});
main()
  .then(() => {
    finished = true;
  })
  .catch((error: unknown) => {
    console.error(`bench could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
