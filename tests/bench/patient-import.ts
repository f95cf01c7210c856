import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { formatCsv } from '../../src/shared/csv';
import { IMPORT_CHUNK_CHARS, type ImportBeginInput } from '../../src/shared/schemas/patient-import';
import type { BenchPatient } from './patient-generator';

export interface ImportFigures {
  rows: number;
  csvChars: number;
  imported: number;
  rejected: number;
  duplicates: number;
  /** begin → last chunk acknowledged. */
  uploadMs: number;
  /** importPreview: every row checked, duplicates looked up in the store. */
  previewMs: number;
  /** importCommit: checked again and written in chunks, then published. */
  commitMs: number;
  totalMs: number;
  /** The hub process while the import ran, when it was watched (importUnderLoad). */
  load?: ImportLoad;
}

/** What the rest of the clinic saw of an import: the hub's memory, and searches from another connection. */
export interface ImportLoad {
  rssBeforeBytes: number;
  peakRssBytes: number;
  searches: number;
  /** The slowest search's round trip while the import ran: how long the front desk waited at worst. */
  longestSearchMs: number;
  medianSearchMs: number;
}

const BENCH_MAPPING: ImportBeginInput = {
  mapping: { fullName: 'Name', identityNo: 'IC', dateOfBirth: 'DOB', sex: 'Sex', phone: 'Phone', email: 'Email', address: 'Address' },
  hasHeader: true,
  dateFormat: 'YYYY-MM-DD',
};

/** The rows as a legacy system would export them: a header, quoted addresses, CRLF. */
export function patientsCsv(rows: readonly BenchPatient[]): string {
  return formatCsv([
    ['Name', 'IC', 'DOB', 'Sex', 'Phone', 'Email', 'Address'],
    ...rows.map((row) => [row.fullName, row.identityNo, row.dateOfBirth, row.sex, row.phone, row.email ?? '', row.address]),
  ]);
}

/** A CSV import as the Patients screen does it: begin → chunks → preview → commit, over the API. */
export async function importThroughApi(api: TRPCClient<AppRouter>, csv: string): Promise<ImportFigures> {
  const started = performance.now();
  const { importId } = await api.patients.importBegin.mutate(BENCH_MAPPING);
  for (let start = 0; start < csv.length; start += IMPORT_CHUNK_CHARS) {
    await api.patients.importChunk.mutate({ importId, text: csv.slice(start, start + IMPORT_CHUNK_CHARS) });
  }
  const uploaded = performance.now();
  const preview = await api.patients.importPreview.mutate({ importId });
  const previewed = performance.now();
  const result = await api.patients.importCommit.mutate({ importId });
  const committed = performance.now();
  return {
    rows: preview.totals.rows,
    csvChars: csv.length,
    imported: result.imported,
    rejected: result.rejected.length,
    duplicates: result.duplicates.length,
    uploadMs: uploaded - started,
    previewMs: previewed - uploaded,
    commitMs: committed - previewed,
    totalMs: committed - started,
  };
}

/** How often the hub's resident memory is read: often enough to catch a peak lasting a commit chunk. */
const RSS_SAMPLE_MS = 20;

/** Resident memory of a process, from /proc (Linux). */
function residentBytes(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS in /proc/${pid}/status: the hub's memory cannot be read here`);
  return Number(line[1]) * 1024;
}

/**
 * importThroughApi while the hub's memory is sampled and `searcher` (another connection, as
 * another PC at the desk) searches without pause, one query after another: the peak memory and
 * the longest any search waited.
 */
export async function importUnderLoad(api: TRPCClient<AppRouter>, searcher: TRPCClient<AppRouter>, hubPid: number, csv: string, queries: readonly string[]): Promise<ImportFigures> {
  const rssBeforeBytes = residentBytes(hubPid);
  let peakRssBytes = rssBeforeBytes;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, residentBytes(hubPid));
  }, RSS_SAMPLE_MS);
  const waits: number[] = [];
  let importing = true;
  const searching = (async () => {
    for (let i = 0; importing; i++) {
      const started = performance.now();
      await searcher.patients.search.query({ query: queries[i % queries.length] });
      waits.push(performance.now() - started);
    }
  })();
  try {
    const figures = await importThroughApi(api, csv);
    importing = false;
    await searching;
    peakRssBytes = Math.max(peakRssBytes, residentBytes(hubPid));
    waits.sort((a, b) => a - b);
    return { ...figures, load: { rssBeforeBytes, peakRssBytes, searches: waits.length, longestSearchMs: waits.at(-1) ?? 0, medianSearchMs: waits[Math.floor(waits.length / 2)] ?? 0 } };
  } finally {
    importing = false;
    clearInterval(sampler);
    await searching.catch(() => undefined);
  }
}
