import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { applyStorePragmas, openEncryptedFile } from '../../src/main/store/store-file';
import { ADMIN } from '../support/test-hub';
import { fillChartStore, FREQUENT_VISITS, RARE_VISITS, type FilledChartStore } from './chart-store';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
import type { BenchPatient } from './patient-generator';
import { atMost, mebibytes, ms, type ReportSection } from './report';
import { latencySpread, spreadText, type LatencySpread } from './stats';

export const CHART_GOALS = { chartOpenP95Ms: 100 };

export interface ChartOpenOptions {
  hubScript: string;
  patients: readonly BenchPatient[];
  visits: number;
  rounds: number;
  warmup: number;
  seed: number;
}

interface PatientFigures {
  visits: number;
  /** The three reads sent together, as the chart screen sends them, until the last answer. */
  open: LatencySpread;
  timeline: LatencySpread;
  chart: LatencySpread;
  vitals: LatencySpread;
}

export interface ChartOpenResult {
  store: FilledChartStore['counts'];
  fillMs: number;
  storeBytes: number;
  rounds: number;
  frequent: PatientFigures;
  rare: PatientFigures;
  /** consultation.visit + prescriptions.forVisit of the frequent patient's newest visit: one click on the timeline. */
  pastVisit: LatencySpread;
  /** auth.session on the same WebSocket: what any call costs. */
  apiFloor: LatencySpread;
}

type Api = TRPCClient<AppRouter>;

/**
 * Opening a chart at size: a store the hub made, filled with years of visits (chart-store.ts), then
 * the hub spawned on it and the chart screen's reads sent over a signed-in WebSocket, for a patient
 * seen 500 times and one seen 5 times, in alternating rounds.
 */
export async function measureChartOpen(options: ChartOpenOptions): Promise<ChartOpenResult> {
  const folder = await BenchHubFolder.create();
  try {
    await initialiseThroughApi(options.hubScript, folder.env);
    const fillStarted = performance.now();
    const db = openEncryptedFile(folder.location.file, await folder.keyHex());
    let filled: FilledChartStore;
    try {
      applyStorePragmas(db);
      filled = fillChartStore(db, { patients: options.patients, visits: options.visits, seed: options.seed });
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    const fillMs = performance.now() - fillStarted;
    const storeBytes = (await stat(folder.location.file)).size;
    const hub = await startHub(options.hubScript, folder.env);
    try {
      const figures = await withApi(hub.url, async (api) => {
        await api.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
        return timeRounds(api, filled, options);
      });
      return { store: filled.counts, fillMs, storeBytes, rounds: options.rounds, ...figures };
    } finally {
      await stopHub(hub.child);
    }
  } finally {
    await folder.dispose();
  }
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** The first pages the chart screen asks for (visit-timeline.tsx, vitals-trend.tsx). */
const TIMELINE_PAGE = 10;
const VITALS_PLOTTED = 100;

function chartReads(api: Api, patientId: string) {
  return {
    timeline: () => api.consultation.timeline.query({ patientId, limit: TIMELINE_PAGE }),
    chart: () => api.chart.get.query({ patientId }),
    vitals: () => api.vitals.trend.query({ patientId, limit: VITALS_PLOTTED }),
  };
}

async function timeRounds(api: Api, filled: FilledChartStore, options: ChartOpenOptions): Promise<Omit<ChartOpenResult, 'store' | 'fillMs' | 'storeBytes' | 'rounds'>> {
  const samples = { frequent: emptySamples(), rare: emptySamples() };
  const pastVisit: number[] = [];
  const floor: number[] = [];
  const visitId = filled.frequentLatestVisitId;
  const firstPage = await api.consultation.timeline.query({ patientId: filled.frequentId });
  if (firstPage.visits.length === 0 || firstPage.visits[0].diagnoses.length === 0) throw new Error('the 500-visit chart came back without visits or diagnoses');
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const kept = round >= options.warmup;
    for (const [which, patientId] of [['frequent', filled.frequentId], ['rare', filled.rareId]] as const) {
      const reads = chartReads(api, patientId);
      const open = await timed(() => Promise.all([reads.timeline(), reads.chart(), reads.vitals()]));
      const parts = { timeline: await timed(reads.timeline), chart: await timed(reads.chart), vitals: await timed(reads.vitals) };
      if (!kept) continue;
      const into = samples[which];
      into.open.push(open);
      into.timeline.push(parts.timeline);
      into.chart.push(parts.chart);
      into.vitals.push(parts.vitals);
    }
    const past = await timed(() => Promise.all([api.consultation.visit.query({ visitId }), api.prescriptions.forVisit.query({ visitId })]));
    const session = await timed(() => api.auth.session.query());
    if (!kept) continue;
    pastVisit.push(past);
    floor.push(session);
  }
  return { frequent: figuresOf(samples.frequent, FREQUENT_VISITS), rare: figuresOf(samples.rare, RARE_VISITS), pastVisit: latencySpread(pastVisit), apiFloor: latencySpread(floor) };
}

function emptySamples() {
  return { open: [] as number[], timeline: [] as number[], chart: [] as number[], vitals: [] as number[] };
}

function figuresOf(samples: ReturnType<typeof emptySamples>, visits: number): PatientFigures {
  return { visits, open: latencySpread(samples.open), timeline: latencySpread(samples.timeline), chart: latencySpread(samples.chart), vitals: latencySpread(samples.vitals) };
}



export function chartOpenSection(result: ChartOpenResult, warmup: number): ReportSection {
  const count = (n: number) => n.toLocaleString('en-US');
  const patientRows = (figures: PatientFigures) => [
    {
      figure: `${figures.visits}-visit chart: open (timeline + chart + vitals together)`,
      measured: spreadText(figures.open),
      goal: atMost(figures.open.p95Ms, CHART_GOALS.chartOpenP95Ms, `p95 ≤ ${CHART_GOALS.chartOpenP95Ms} ms`),
    },
    { figure: '  consultation.timeline, first page', measured: spreadText(figures.timeline) },
    { figure: '  chart.get', measured: spreadText(figures.chart) },
    { figure: '  vitals.trend, first page', measured: spreadText(figures.vitals) },
  ];
  return {
    title: `7. Opening a chart over WebSocket, ${count(result.store.patients)} patients / ${count(result.store.visits)} visits, ${result.rounds} rounds, p50 / p95 / max`,
    rows: [
      ...patientRows(result.frequent),
      ...patientRows(result.rare),
      { figure: 'a past visit from the timeline (consultation.visit + prescriptions.forVisit)', measured: spreadText(result.pastVisit) },
      { figure: 'auth.session on the same socket (floor)', measured: spreadText(result.apiFloor) },
      { figure: 'store file size (encrypted)', measured: mebibytes(result.storeBytes) },
      {
        figure: `filling it with SQL (${count(result.store.encounters)} signed notes, ${count(result.store.diagnoses)} diagnoses, ${count(result.store.vitals)} vitals)`,
        measured: ms(result.fillMs),
      },
    ],
    notes: [
      'hub in its own process on a store made by first-run set-up, then filled by SQL inside the encrypted file (no ANALYZE, as the app runs none); signed in as the owner.',
      `each round opens both charts, then times each read alone; every read writes its chart-read audit row (synchronous FULL). ${warmup} untimed rounds first.`,
      `first pages as the screen asks for them (timeline ${TIMELINE_PAGE} visits, vitals ${VITALS_PLOTTED} recordings): full for the ${result.frequent.visits}-visit patient, ${result.rare.visits} of each for the other; each page is an index walk that stops at the page (timeline-plan.test.ts, vitals.test.ts).`,
    ],
  };
}
