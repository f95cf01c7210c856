import type {
  ImportBeginInput,
  ImportChunkAck,
  ImportCommitProgress,
  ImportDuplicate,
  ImportPreview,
  ImportPreviewRow,
  ImportResult,
  ImportTotals,
  ImportWarning,
} from '../../../shared/schemas/patient-import';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import { AppError } from '../../errors/app-error';
import { uuidv7Many } from '../../store/bulk-ids';
import { nextInSequence } from '../../store/sequences';
import { findInStore, RowChecker, type CheckedRows, type ValidRow } from './import-checks';
import { columnIndexes, mapRecord, type ColumnIndexes, type RowReading } from './import-rows';
import type { ImportStaging, StagedImport } from './import-staging';
import { createImport, importsInStore, publishImport, removeSomeOfImport, stagedPage, stageRecords, type StagedRecord } from './import-store';
import { MRN_SEQUENCE, newPatientRecord } from './patients-service';
import { insertPatientRecords } from './import-writer';

/** Runs one short unit of work as the caller (a `staged` procedure's `ctx.inUnitOfWork`). */
export type RunUnitOfWork = <T>(work: (uow: UnitOfWork) => Promise<T>) => Promise<T>;

const PREVIEW_ROWS = 20;
/** Rows looked up in the store per unit of work at preview (checked before, with the store free). */
const CHECK_PAGE_ROWS = 1000;
/**
 * Patients written per unit of work at commit. Each chunk holds the store while it looks its rows
 * up, inserts and indexes them and commits (the checks ran before, with the store free). Smaller
 * chunks cost more in all: every commit writes the index pages it touched again. Sizing the units
 * by time instead (~50 ms each) was tried and measured (issue 9's session note): it made a 100k
 * import about three times slower and searches waited nearly as long, so the store hold is not
 * the main cause of those waits.
 */
const COMMIT_ROWS = 500;
/** Rows deleted per unit of work when an import is cancelled, fails or was left by a crash. */
const REMOVE_ROWS = 2000;

/** Lets the requests that arrived during a chunk run before the next one is queued. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Patients from a legacy system's CSV export: begin with a column mapping, send the text in
 * chunks (staged in the store, not in memory), preview the checked rows, then commit every valid
 * row that is not a duplicate. The commit writes in short chunks, each its own transaction, with
 * the patients marked as the import's: they stay invisible until the last chunk's transaction
 * publishes them all at once, and a failure, a cancel or a crash removes them (all or nothing).
 * Rows are checked exactly as a registration at the counter is.
 */
export class PatientImportService {
  constructor(
    private readonly staging: ImportStaging,
    private readonly clinic: ClinicService,
  ) {}

  async begin(run: RunUnitOfWork, ownerId: string, input: ImportBeginInput): Promise<{ importId: string }> {
    for (const id of this.staging.expiredIds()) await this.remove(run, id);
    return run(async (uow) => {
      const staged = this.staging.begin(ownerId, input);
      createImport(uow, staged.id, ownerId);
      await uow.audit({ action: 'patient.importBegin', entity: 'patientImport', entityId: staged.id, after: { importId: staged.id } });
      return { importId: staged.id };
    });
  }

  /** Appends text; records may run across chunk boundaries. The mapping is checked against the first record. */
  async chunk(uow: UnitOfWork, ownerId: string, importId: string, text: string): Promise<ImportChunkAck> {
    const staged = this.notWriting(ownerId, importId);
    this.staging.receive(staged, text.length);
    await this.stage(uow, staged, staged.parser.push(text));
    return { receivedChars: staged.receivedChars, records: staged.dataRows };
  }

  /** Every row checked, a page at a time; the totals cover the whole file, the rows shown are its first. */
  async preview(run: RunUnitOfWork, ownerId: string, importId: string): Promise<ImportPreview> {
    const staged = await this.ended(run, ownerId, importId);
    const totals: ImportTotals = { rows: staged.dataRows, valid: 0, rejected: 0, duplicatesInFile: 0, duplicatesInStore: 0, warnings: 0 };
    let rows: ImportPreviewRow[] = [];
    await this.eachPage(run, staged, CHECK_PAGE_ROWS, async (uow, page, checked, reading) => {
      const inStore = await findInStore(uow, checked.valid);
      totals.valid += checked.valid.length - inStore.size;
      totals.rejected += checked.rejected.length;
      totals.duplicatesInFile += checked.inFile.length;
      totals.duplicatesInStore += inStore.size;
      totals.warnings += checked.valid.filter((row) => row.warnings.length > 0 && !inStore.has(row.row)).length;
      if (rows.length < PREVIEW_ROWS) rows = [...rows, ...previewRows(page.slice(0, PREVIEW_ROWS - rows.length), staged, reading, checked, inStore)];
    });
    staged.checkedTotals = totals;
    return { totals, delimiter: staged.parser.separator, rows };
  }

  async commit(run: RunUnitOfWork, ownerId: string, importId: string): Promise<ImportResult> {
    const staged = await this.ended(run, ownerId, importId);
    const progress = { written: 0, total: staged.checkedTotals?.valid ?? staged.dataRows, cancelled: false };
    staged.commit = progress;
    const result: ImportResult = { imported: 0, firstMrn: null, lastMrn: null, rejected: [], duplicates: [], warnings: [] };
    try {
      await this.eachPage(run, staged, COMMIT_ROWS, async (uow, page, checked) => {
        if (progress.cancelled) throw new AppError('CONFLICT', { reason: 'import-cancelled' });
        const written = await this.writeChunk(uow, staged, page, checked);
        result.imported += written.imported;
        result.firstMrn ??= written.firstMrn;
        result.lastMrn = written.lastMrn ?? result.lastMrn;
        result.rejected.push(...written.rejected);
        result.duplicates.push(...written.duplicates);
        result.warnings.push(...written.warnings);
        progress.written = result.imported;
      });
      result.duplicates.sort((a, b) => a.row - b.row);
      await run(async (uow) => {
        publishImport(uow, staged.id);
        // One audit row for the import as a whole: counts and the MRN range, not a row per patient.
        await uow.audit({
          action: 'patient.import',
          entity: 'patient',
          entityId: staged.id,
          after: { importId: staged.id, rows: staged.dataRows, imported: result.imported, rejected: result.rejected.length, duplicates: result.duplicates.length, firstMrn: result.firstMrn, lastMrn: result.lastMrn },
        });
      });
    } catch (error) {
      staged.commit = null;
      // The chunks written so far are still pending: removed, so nothing of this try is ever seen.
      // A cancelled import goes altogether; another failure keeps the file to be tried again.
      if (progress.cancelled) {
        this.staging.forget(staged.id);
        await this.remove(run, staged.id);
      } else await this.removePatients(run, staged.id);
      throw error;
    }
    this.staging.forget(staged.id);
    await this.remove(run, staged.id);
    return result;
  }

  /** How far the caller's commit has got, or null when none is being written. */
  progress(ownerId: string, importId: string): ImportCommitProgress | null {
    const staged = this.staging.find(ownerId, importId);
    return staged.commit ? { written: staged.commit.written, total: staged.commit.total } : null;
  }

  /** Drops the caller's import: at once, or, while it is being written, at the end of the current chunk. */
  async cancel(run: RunUnitOfWork, ownerId: string, importId: string): Promise<void> {
    const staged = this.staging.find(ownerId, importId);
    if (staged.commit) {
      staged.commit.cancelled = true;
      return;
    }
    this.staging.forget(staged.id);
    await this.remove(run, staged.id);
  }

  /** Removes what imports of an earlier run of the hub left (a crash mid-commit among them): none of it was ever visible. */
  async clearLeftovers(run: RunUnitOfWork): Promise<void> {
    const left = await run(async (uow) => importsInStore(uow));
    for (const id of left) if (!this.staging.has(id)) await this.remove(run, id);
  }

  /** Checks, looks up and writes one page of rows, in the caller's unit of work. */
  private async writeChunk(uow: UnitOfWork, staged: StagedImport, page: readonly StagedRecord[], checked: CheckedRows): Promise<ImportResult> {
    const inStore = await findInStore(uow, checked.valid);
    const toImport = checked.valid.filter((row) => !inStore.has(row.row));
    const first = toImport.length > 0 ? await nextInSequence(uow.db, MRN_SEQUENCE, toImport.length) : 0;
    const ids = uuidv7Many(toImport.length, uow.now);
    const by = uow.actor?.userId ?? null;
    const records = toImport.map((row, index) => newPatientRecord(row.fields, { id: ids[index], mrnValue: first + index, at: uow.now, by }));
    insertPatientRecords(uow, staged.id, records);
    const written: ImportResult = {
      imported: records.length,
      firstMrn: records[0]?.mrn ?? null,
      lastMrn: records.at(-1)?.mrn ?? null,
      rejected: checked.rejected,
      duplicates: [...checked.inFile, ...storeDuplicates(checked.valid, inStore)],
      warnings: warningsOf(toImport),
    };
    await uow.audit({
      action: 'patient.importWrite',
      entity: 'patientImport',
      entityId: staged.id,
      after: { importId: staged.id, fromRow: page[0]?.row ?? null, toRow: page.at(-1)?.row ?? null, imported: written.imported, firstMrn: written.firstMrn, lastMrn: written.lastMrn },
    });
    return written;
  }

  /**
   * Pages of the staged file in order, each read in one short unit of work, checked with the
   * store free (the checks are the CPU-heavy part), then handed to `visit` in another, with a
   * pause for other requests between pages.
   */
  private async eachPage(
    run: RunUnitOfWork,
    staged: StagedImport,
    pageRows: number,
    visit: (uow: UnitOfWork, page: StagedRecord[], checked: CheckedRows, reading: RowReading) => Promise<void>,
  ): Promise<void> {
    let checker: RowChecker | null = null;
    for (let afterRow = 0; ; ) {
      const { page, reading } = await run(async (uow) => ({
        page: stagedPage(uow, staged.id, afterRow, pageRows),
        reading: { dateFormat: staged.settings.dateFormat, today: uow.clock.today(), home: await this.clinic.phoneCountry(uow) },
      }));
      if (page.length === 0) return;
      checker ??= new RowChecker(columnsOf(staged), reading);
      const checked = checker.check(page);
      await run((uow) => visit(uow, page, checked, reading));
      afterRow = page[page.length - 1].row;
      await yieldToEventLoop();
    }
  }

  private async stage(uow: UnitOfWork, staged: StagedImport, records: string[][]): Promise<void> {
    const data: StagedRecord[] = [];
    for (const cells of records) {
      staged.recordsRead += 1;
      if (staged.firstRecord === null) {
        staged.firstRecord = cells;
        staged.columns = columnIndexes(staged.settings.mapping, cells, staged.settings.hasHeader);
        if (staged.settings.hasHeader) continue;
      }
      // A blank line (one empty field) is no patient; spreadsheets often end files with a few.
      if (cells.length === 1 && cells[0].trim() === '') continue;
      data.push({ row: staged.recordsRead, cells });
    }
    if (data.length === 0) return;
    stageRecords(uow, staged.id, data);
    staged.dataRows += data.length;
    await uow.audit({ action: 'patient.importUpload', entity: 'patientImport', entityId: staged.id, after: { importId: staged.id, fromRow: data[0].row, toRow: data[data.length - 1].row } });
  }

  /** The caller's import with its text complete: the last record (without a line break) is read now. */
  private async ended(run: RunUnitOfWork, ownerId: string, importId: string): Promise<StagedImport> {
    const staged = this.notWriting(ownerId, importId);
    if (!staged.ended) {
      await run((uow) => this.stage(uow, staged, staged.parser.end()));
      staged.ended = true;
    }
    return staged;
  }

  private notWriting(ownerId: string, importId: string): StagedImport {
    const staged = this.staging.find(ownerId, importId);
    if (staged.commit) throw new AppError('CONFLICT', { reason: 'import-writing' });
    return staged;
  }

  /** Everything of the import, a short unit of work at a time: its pending patients, its staged rows, its own row. */
  private remove(run: RunUnitOfWork, importId: string): Promise<void> {
    return this.removeInPieces(run, importId, false);
  }

  /** Only the pending patients a failed commit wrote: the staged file stays, to be tried again. */
  private removePatients(run: RunUnitOfWork, importId: string): Promise<void> {
    return this.removeInPieces(run, importId, true);
  }

  private async removeInPieces(run: RunUnitOfWork, importId: string, patientsOnly: boolean): Promise<void> {
    for (;;) {
      const removed = await run(async (uow) => {
        const count = removeSomeOfImport(uow, importId, REMOVE_ROWS, patientsOnly);
        if (count > 0) await uow.audit({ action: 'patient.importRemove', entity: 'patientImport', entityId: importId, after: { importId, rows: count } });
        return count;
      });
      if (removed === 0) return;
      await yieldToEventLoop();
    }
  }
}

function columnsOf(staged: StagedImport): ColumnIndexes {
  return staged.columns ?? columnIndexes(staged.settings.mapping, staged.firstRecord ?? [], staged.settings.hasHeader);
}

function warningsOf(rows: readonly ValidRow[]): ImportWarning[] {
  return rows.flatMap((row) => row.warnings.map((reason) => ({ row: row.row, reason })));
}

function storeDuplicates(valid: readonly ValidRow[], inStore: ReadonlyMap<number, string>): ImportDuplicate[] {
  return valid.flatMap((row) => {
    const existingMrn = inStore.get(row.row);
    return existingMrn ? [{ row: row.row, existingMrn, firstRow: null }] : [];
  });
}

/** Rows of the file as they will be read, each with its status. */
function previewRows(records: readonly StagedRecord[], staged: StagedImport, reading: RowReading, checked: CheckedRows, inStore: ReadonlyMap<number, string>): ImportPreviewRow[] {
  const columns = columnsOf(staged);
  const rejections = new Map(checked.rejected.map((rejection) => [rejection.row, rejection]));
  const inFile = new Map(checked.inFile.map((duplicate) => [duplicate.row, duplicate]));
  return records.map(({ row, cells }) => {
    const mapped = mapRecord(cells, row, columns, reading);
    const cell = (index: number | undefined): string => (index === undefined ? '' : (cells[index] ?? '').trim());
    const shown = mapped.ok
      ? { ...mapped.fields, phone: mapped.fields.phones.join(', ') }
      : { fullName: cell(columns.fullName), identityType: cell(columns.identityType), identityNo: cell(columns.identityNo), dateOfBirth: cell(columns.dateOfBirth) || null, sex: cell(columns.sex) || null, phone: cell(columns.phone) };
    const existingMrn = inStore.get(row);
    const duplicate = inFile.get(row) ?? (existingMrn ? { row, existingMrn, firstRow: null } : null);
    const rejection = rejections.get(row) ?? null;
    return {
      row,
      fullName: shown.fullName,
      identityType: shown.identityType,
      identityNo: shown.identityNo,
      dateOfBirth: shown.dateOfBirth,
      sex: shown.sex,
      phone: shown.phone,
      status: rejection ? 'rejected' : duplicate ? 'duplicate' : 'valid',
      rejection,
      duplicate,
      warnings: mapped.ok && !duplicate ? mapped.warnings : [],
    };
  });
}
