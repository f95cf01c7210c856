import { z } from 'zod';
import { CSV_DELIMITERS } from '../csv';
import { idSchema } from './common';

/** The patient fields a legacy CSV column can be mapped to; fullName and identityNo are required. */
export const IMPORT_FIELDS = [
  'fullName',
  'identityType',
  'identityNo',
  'nationality',
  'dateOfBirth',
  'sex',
  'phone',
  'email',
  'address',
  'postcode',
  'employer',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How the legacy system wrote dates; ISO dates are always understood as well. */
export const IMPORT_DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type ImportDateFormat = (typeof IMPORT_DATE_FORMATS)[number];

const columnSchema = z.string().trim().min(1).max(200);

/** Target field → the name of the CSV column it is read from (`Column 3` when the file has no header). */
export const importMappingSchema = z.object({
  fullName: columnSchema,
  identityNo: columnSchema,
  identityType: columnSchema.optional(),
  nationality: columnSchema.optional(),
  dateOfBirth: columnSchema.optional(),
  sex: columnSchema.optional(),
  phone: columnSchema.optional(),
  email: columnSchema.optional(),
  address: columnSchema.optional(),
  postcode: columnSchema.optional(),
  employer: columnSchema.optional(),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importBeginInputSchema = z.object({
  mapping: importMappingSchema,
  hasHeader: z.boolean(),
  dateFormat: z.enum(IMPORT_DATE_FORMATS),
  /** The file's separator; absent or `auto`: worked out from its first line. */
  delimiter: z.enum(CSV_DELIMITERS).optional(),
});
export type ImportBeginInput = z.infer<typeof importBeginInputSchema>;

/**
 * A piece of the file's text. The hub's WebSocket takes 4 MiB a message; a character costs at
 * most 6 bytes once in JSON (a control character as \u00XX), so 512 Ki characters always fit.
 */
export const IMPORT_CHUNK_CHARS = 512 * 1024;
export const importChunkInputSchema = z.object({ importId: idSchema, text: z.string().max(IMPORT_CHUNK_CHARS) });
export const importIdInputSchema = z.object({ importId: idSchema });

/** Why a row was not imported: its identity document failed the check, or a field is missing or malformed. */
export type ImportRejection =
  | { row: number; reason: 'identity'; detail: string }
  | { row: number; reason: 'field'; detail: ImportField };

/**
 * A row imported, but one the user should look at: a MyKad-shaped number kept as another document
 * (perhaps a mistyped MyKad), or a date of birth in the file that differs from the one the MyKad
 * holds (the MyKad's is kept), or a phone that cannot be one (left out; the rest of the row is imported).
 */
export interface ImportWarning {
  row: number;
  reason: 'identity-looks-like-mykad' | 'date-of-birth-mismatch' | 'phone-unreadable';
}

/** A row naming a document already in the store (existingMrn) or earlier in the file (firstRow). */
export interface ImportDuplicate {
  row: number;
  existingMrn: string | null;
  firstRow: number | null;
}

export interface ImportTotals {
  rows: number;
  valid: number;
  rejected: number;
  duplicatesInFile: number;
  duplicatesInStore: number;
  /** Valid rows with a warning (they are imported). */
  warnings: number;
}

export interface ImportPreviewRow {
  /** The record's number in the file (its row in a spreadsheet), the header being row 1 when there is one. */
  row: number;
  fullName: string;
  identityType: string;
  identityNo: string;
  dateOfBirth: string | null;
  sex: string | null;
  phone: string;
  status: 'valid' | 'rejected' | 'duplicate';
  rejection: ImportRejection | null;
  duplicate: ImportDuplicate | null;
  warnings: ImportWarning['reason'][];
}

export interface ImportPreview {
  totals: ImportTotals;
  /** The separator the file was read with (chosen, or found in its first line). */
  delimiter: string | null;
  rows: ImportPreviewRow[];
}

export interface ImportChunkAck {
  receivedChars: number;
  records: number;
}

/** A commit under way: patients written so far, of the rows the check found to import. */
export interface ImportCommitProgress {
  written: number;
  total: number;
}

export interface ImportResult {
  imported: number;
  firstMrn: string | null;
  lastMrn: string | null;
  rejected: ImportRejection[];
  duplicates: ImportDuplicate[];
  warnings: ImportWarning[];
}
