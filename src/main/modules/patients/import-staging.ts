import { v7 as uuidv7 } from 'uuid';
import { CsvParser } from '../../../shared/csv';
import type { ImportBeginInput } from '../../../shared/schemas/patient-import';
import { AppError } from '../../errors/app-error';
import type { CheckedRows } from './import-checks';
import type { ColumnIndexes } from './import-rows';

/** A CSV file being uploaded: its records so far, kept in hub memory until committed or expired. */
export interface StagedImport {
  id: string;
  ownerId: string;
  settings: ImportBeginInput;
  parser: CsvParser;
  /** Records read so far, the header and blank lines included: the next record's row number is this + 1. */
  recordsRead: number;
  /** Data records with their row number in the file. */
  records: { row: number; cells: string[] }[];
  /** The first record (the header, or the first data row): what the columns are called. */
  firstRecord: string[] | null;
  columns: ColumnIndexes | null;
  receivedChars: number;
  /** Set once the text is complete (at preview): no more chunks. */
  ended: boolean;
  /** The rows checked at preview, with the clinic date they were checked on; the store is looked at again on commit. */
  checked: { today: string; rows: CheckedRows } | null;
  touchedAt: number;
}

/** Enough for several hundred thousand legacy patients, small enough for the hub's memory. */
const MAX_CHARS = 256 * 1024 * 1024;

/**
 * Imports in progress, one per upload, visible only to the user who began them. An import
 * untouched for `ttlMs` is dropped the next time anyone begins one, so an abandoned upload
 * never holds memory for long and no timer needs closing.
 */
export class ImportStaging {
  private readonly imports = new Map<string, StagedImport>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  begin(ownerId: string, settings: ImportBeginInput): StagedImport {
    this.dropExpired();
    const staged: StagedImport = {
      id: uuidv7(),
      ownerId,
      settings,
      parser: new CsvParser(settings.delimiter),
      recordsRead: 0,
      records: [],
      firstRecord: null,
      columns: null,
      receivedChars: 0,
      ended: false,
      checked: null,
      touchedAt: this.clock(),
    };
    this.imports.set(staged.id, staged);
    return staged;
  }

  /** The caller's own import, still alive. */
  find(ownerId: string, id: string): StagedImport {
    const staged = this.imports.get(id);
    if (!staged || staged.ownerId !== ownerId || this.expired(staged)) throw new AppError('NOT_FOUND', { entity: 'import', id });
    staged.touchedAt = this.clock();
    return staged;
  }

  /** Counts text against the size limit; an import past it is dropped. */
  receive(staged: StagedImport, chars: number): void {
    if (staged.ended) throw new AppError('CONFLICT', { reason: 'import-ended' });
    staged.receivedChars += chars;
    if (staged.receivedChars > MAX_CHARS) {
      this.imports.delete(staged.id);
      throw new AppError('VALIDATION_FAILED', { fields: ['text'], maxChars: MAX_CHARS });
    }
  }

  remove(id: string): void {
    this.imports.delete(id);
  }

  get size(): number {
    return this.imports.size;
  }

  private expired(staged: StagedImport): boolean {
    return this.clock() - staged.touchedAt > this.ttlMs;
  }

  private dropExpired(): void {
    for (const staged of this.imports.values()) if (this.expired(staged)) this.imports.delete(staged.id);
  }
}
