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
  /** importCommit: checked again and written in one transaction. */
  commitMs: number;
  totalMs: number;
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
