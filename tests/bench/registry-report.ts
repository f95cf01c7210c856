import type { ImportFigures } from './patient-import';
import type { LatencyFigures, PatientRegistryResult } from './patient-search';
import { atMost, mebibytes, ms, times, type ReportRow, type ReportSection } from './report';

export const REGISTRY_GOALS = { serviceRatio: 1.5, apiP95Ms: 5, rawP95Ms: 0.5, import100kMs: 8000, importPeakRssMiB: 300, searchWaitDuringImportMs: 100 };

const latency = (figures: LatencyFigures): string => `${figures.p50Ms.toFixed(2)} / ${figures.p95Ms.toFixed(2)} ms`;

export function searchSection(result: PatientRegistryResult): ReportSection {
  const ratio = result.service.p95Ms / result.raw.p95Ms;
  const { mix } = result;
  return {
    title: `3. Patient search over ${result.patients.toLocaleString('en-US')} registered patients, ${result.queries.toLocaleString('en-US')} queries, p50 / p95`,
    rows: [
      { figure: 'raw SQL statement the service runs (encrypted file)', measured: latency(result.raw), goal: atMost(result.raw.p95Ms, REGISTRY_GOALS.rawP95Ms, `p95 ≈ ${REGISTRY_GOALS.rawP95Ms} ms`) },
      { figure: 'PatientsService.search in-process', measured: latency(result.service) },
      { figure: '  service ÷ raw (p95)', measured: times(ratio), goal: atMost(ratio, REGISTRY_GOALS.serviceRatio, `≤ ${REGISTRY_GOALS.serviceRatio}×`) },
      { figure: 'patients.search over the WebSocket API', measured: latency(result.api), goal: atMost(result.api.p95Ms, REGISTRY_GOALS.apiP95Ms, `p95 ≤ ${REGISTRY_GOALS.apiP95Ms} ms`) },
      { figure: '  floor: auth.session on the same WebSocket', measured: latency(result.apiFloor) },
      ...(['name', 'ic', 'phone', 'mrn'] as const).map((kind) => ({
        figure: `  p95 by kind, ${kind}: raw / service / API`,
        measured: `${result.raw.p95MsByKind[kind].toFixed(2)} / ${result.service.p95MsByKind[kind].toFixed(2)} / ${result.api.p95MsByKind[kind].toFixed(2)} ms`,
      })),
      { figure: 'queries that found nothing (raw / service / API)', measured: `${result.raw.empty} / ${result.service.empty} / ${result.api.empty}` },
    ],
    notes: [
      `same queries each way: ${mix.name} name parts, ${mix.ic} IC digit runs (6–8), ${mix.phone} phone endings (7 digits), ${mix.mrn} MRNs; ${REGISTRY_WARMUP} untimed warm-up queries first.`,
      'patients went in through the CSV import over the API (real patients table and search index); the service runs in a transaction as the router does, with the spawned hub stopped.',
      "the floor is what any call costs on this WebSocket; of it, the bench's Node tRPC client waits one setTimeout(0) per request (at least 1 ms in Node, about 0 in Chromium) before sending.",
    ],
  };
}

export const REGISTRY_WARMUP = 200;

export function importSection(imports: readonly ImportFigures[]): ReportSection {
  return {
    title: '4. CSV import over the WebSocket API: begin → chunks → preview → commit (500 patients a transaction, published at the end)',
    rows: imports.flatMap((figures, index) => [
      {
        figure: `import ${index + 1}: ${figures.rows.toLocaleString('en-US')} rows into a store of ${(index * figures.rows).toLocaleString('en-US')}`,
        measured: ms(figures.totalMs),
        goal: figures.rows === 100_000 ? atMost(figures.totalMs, REGISTRY_GOALS.import100kMs, `≤ ${REGISTRY_GOALS.import100kMs / 1000} s`) : undefined,
      },
      { figure: '  upload / preview / commit', measured: `${ms(figures.uploadMs)} / ${ms(figures.previewMs)} / ${ms(figures.commitMs)}` },
      { figure: '  imported / rejected / duplicates', measured: `${figures.imported} / ${figures.rejected} / ${figures.duplicates}` },
      ...loadRows(figures),
    ]),
    notes: [
      'every row checked as at the counter (zod schema, MyKad date, place code, sex), duplicates looked up; each patient written with its search-index row (the row is its first version).',
      "the hub's memory is its resident set (/proc VmRSS) sampled every 20 ms from before begin to after commit; searches run one after another on a second signed-in WebSocket for the whole import, as a receptionist at another PC would.",
    ],
  };
}

function loadRows(figures: ImportFigures): ReportRow[] {
  const { load } = figures;
  if (!load) return [];
  const peakMiB = load.peakRssBytes / 1_048_576;
  return [
    { figure: "  hub's memory before → peak", measured: `${mebibytes(load.rssBeforeBytes)} → ${mebibytes(load.peakRssBytes)}`, goal: atMost(peakMiB, REGISTRY_GOALS.importPeakRssMiB, `peak ≤ ${REGISTRY_GOALS.importPeakRssMiB} MiB`) },
    { figure: `  searches meanwhile (${load.searches}): median / longest`, measured: `${ms(load.medianSearchMs)} / ${ms(load.longestSearchMs)}`, goal: atMost(load.longestSearchMs, REGISTRY_GOALS.searchWaitDuringImportMs, `longest ≤ ${REGISTRY_GOALS.searchWaitDuringImportMs} ms`) },
  ];
}
