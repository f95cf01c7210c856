import type { TFunction } from 'i18next';
import { formatCsv, parseCsv, type CsvDelimiter } from '../../../shared/csv';
import { identityReasonText } from '../../i18n/detail-words';
import { IMPORT_CHUNK_CHARS, type ImportDuplicate, type ImportRejection, type ImportResult } from '../../../shared/schemas/patient-import';

/** The file's first record (header or first row), read from its first 64 KiB. */
export async function firstRecordOf(file: File, delimiter: CsvDelimiter): Promise<string[]> {
  return parseCsv(await file.slice(0, 64 * 1024).text(), delimiter)[0] ?? [];
}

/** Sends `text` in pieces the hub's WebSocket accepts, reporting the share sent after each. */
export async function sendInChunks(text: string, send: (piece: string) => Promise<unknown>, onProgress: (fraction: number) => void): Promise<void> {
  for (let start = 0; start < text.length; start += IMPORT_CHUNK_CHARS) {
    await send(text.slice(start, start + IMPORT_CHUNK_CHARS));
    onProgress(Math.min(1, (start + IMPORT_CHUNK_CHARS) / text.length));
  }
}

export function describeRejection(rejection: ImportRejection, t: TFunction): string {
  return rejection.reason === 'identity'
    ? t('patientImport.rejectIdentity', { reason: identityReasonText(t, rejection.detail) })
    : t('patientImport.rejectField', { field: t(`patientImport.fields.${rejection.detail}`) });
}

export function describeDuplicate(duplicate: ImportDuplicate, t: TFunction): string {
  return duplicate.existingMrn ? t('patientImport.duplicateInStore', { mrn: duplicate.existingMrn }) : t('patientImport.duplicateInFile', { row: duplicate.firstRow });
}

/** The rejected rows as they were in the file, with the row number and reason in front, for fixing in a spreadsheet. */
export function rejectedRowsCsv(text: string, hasHeader: boolean, result: ImportResult, t: TFunction): string {
  const records = parseCsv(text);
  const lines = [
    ...result.rejected.map((rejection) => ({ row: rejection.row, reason: describeRejection(rejection, t) })),
    ...result.duplicates.map((duplicate) => ({ row: duplicate.row, reason: describeDuplicate(duplicate, t) })),
  ].sort((a, b) => a.row - b.row);
  return formatCsv([[t('patientImport.row'), t('patientImport.reason'), ...(hasHeader ? (records[0] ?? []) : [])], ...lines.map(({ row, reason }) => [String(row), reason, ...(records[row - 1] ?? [])])]);
}
