import { v7 as uuidv7 } from 'uuid';
import { CsvParser } from '../../../shared/csv';
import type { ImportBeginInput, ImportTotals } from '../../../shared/schemas/patient-import';
import { AppError } from '../../errors/app-error';
import type { ColumnIndexes } from './import-rows';

/**
 * A CSV file being uploaded, checked or written. Its records are in the store
 * (`patient_import_rows`, see import-store.ts); the hub keeps only what reading the next piece
 * of text needs, and the progress of a commit.
 */
export interface StagedImport {
  id: string;
  ownerId: string;
  settings: ImportBeginInput;
  parser: CsvParser;
  /** Records read so far, the header and blank lines included: the next record's row number is this + 1. */
  recordsRead: number;
  /** Data records staged in the store. */
  dataRows: number;
  /** The first record (the header, or the first data row): what the columns are called. */
  firstRecord: string[] | null;
  columns: ColumnIndexes | null;
  receivedChars: number;
  /** Set once the text is complete (at preview): no more chunks. */
  ended: boolean;
  /** The totals of the last check: the commit's "of M". */
  checkedTotals: ImportTotals | null;
  /** While a commit writes: patients written so far. */
  commit: { written: number; total: number; cancelled: boolean } | null;
  touchedAt: number;
}

/** Enough for several hundred thousand legacy patients. */
const MAX_CHARS = 256 * 1024 * 1024;

/**
 * The imports in progress, one per upload, visible only to the user who began them. An import
 * untouched for `ttlMs` is expired: the service removes its rows the next time anyone begins one.
 */
export class ImportStaging {
  private readonly imports = new Map<string, StagedImport>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  begin(ownerId: string, settings: ImportBeginInput): StagedImport {
    const staged: StagedImport = {
      id: uuidv7(),
      ownerId,
      settings,
      parser: new CsvParser(settings.delimiter),
      recordsRead: 0,
      dataRows: 0,
      firstRecord: null,
      columns: null,
      receivedChars: 0,
      ended: false,
      checkedTotals: null,
      commit: null,
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

  /** Counts text against the size limit. */
  receive(staged: StagedImport, chars: number): void {
    if (staged.ended) throw new AppError('CONFLICT', { reason: 'import-ended' });
    if (staged.receivedChars + chars > MAX_CHARS) throw new AppError('VALIDATION_FAILED', { fields: ['text'], maxChars: MAX_CHARS });
    staged.receivedChars += chars;
  }

  forget(id: string): void {
    this.imports.delete(id);
  }

  /** Whether an import with this id is known here (one the store holds but this hub does not was left by an earlier run). */
  has(id: string): boolean {
    return this.imports.has(id);
  }

  /** Imports left untouched past their time and not being written: the caller removes their rows, then forgets them. */
  expiredIds(): string[] {
    return [...this.imports.values()].filter((staged) => staged.commit === null && this.expired(staged)).map((staged) => staged.id);
  }

  private expired(staged: StagedImport): boolean {
    return this.clock() - staged.touchedAt > this.ttlMs;
  }

  get size(): number {
    return this.imports.size;
  }
}
