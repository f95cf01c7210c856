import type {
  ImportBeginInput,
  ImportChunkAck,
  ImportDuplicate,
  ImportPreview,
  ImportPreviewRow,
  ImportResult,
  ImportWarning,
} from '../../../shared/schemas/patient-import';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { uuidv7Many } from '../../store/bulk-ids';
import { nextInSequence } from '../../store/sequences';
import { checkRows, findInStore, type CheckedRows, type ValidRow } from './import-checks';
import { columnIndexes, mapRecord } from './import-rows';
import type { ImportStaging, StagedImport } from './import-staging';
import { MRN_SEQUENCE, newPatientRecord, type PatientsService } from './patients-service';
import { insertPatientRecords } from './import-writer';

const PREVIEW_ROWS = 20;

/**
 * Patients from a legacy system's CSV export: begin with a column mapping, send the text in
 * chunks, preview the checked rows, then commit every valid row that is not a duplicate in one
 * transaction, so a failure leaves nothing half-imported. Rows are checked exactly as a
 * registration at the counter is.
 */
export class PatientImportService {
  constructor(
    private readonly patients: PatientsService,
    private readonly staging: ImportStaging,
  ) {}

  begin(uow: UnitOfWork, input: ImportBeginInput): { importId: string } {
    return { importId: this.staging.begin(ownerOf(uow), input).id };
  }

  /** Appends text; records may run across chunk boundaries. The mapping is checked against the first record. */
  chunk(uow: UnitOfWork, importId: string, text: string): ImportChunkAck {
    const staged = this.staging.find(ownerOf(uow), importId);
    this.staging.receive(staged, text.length);
    this.append(staged, staged.parser.push(text));
    return { receivedChars: staged.receivedChars, records: staged.records.length };
  }

  async preview(uow: UnitOfWork, importId: string): Promise<ImportPreview> {
    const staged = this.ended(uow, importId);
    const today = uow.clock.today();
    const checked = this.checked(staged, today);
    const inStore = await findInStore(uow, checked.valid);
    return { totals: totalsOf(staged, checked, inStore), delimiter: staged.parser.separator, rows: previewRows(staged, today, checked, inStore) };
  }

  async commit(uow: UnitOfWork, importId: string): Promise<ImportResult> {
    const staged = this.ended(uow, importId);
    const checked = this.checked(staged, uow.clock.today());
    const inStore = await findInStore(uow, checked.valid);
    const toImport = checked.valid.filter((row) => !inStore.has(row.row));
    const first = toImport.length > 0 ? await nextInSequence(uow.db, MRN_SEQUENCE, toImport.length) : 0;
    const ids = uuidv7Many(toImport.length, uow.now);
    const by = uow.actor?.userId ?? null;
    const records = toImport.map((row, index) => newPatientRecord(row.fields, { id: ids[index], mrnValue: first + index, at: uow.now, by }));
    await insertPatientRecords(uow, records);
    const duplicates = [...checked.inFile, ...storeDuplicates(checked.valid, inStore)].sort((a, b) => a.row - b.row);
    const result: ImportResult = {
      imported: records.length,
      firstMrn: records[0]?.mrn ?? null,
      lastMrn: records.at(-1)?.mrn ?? null,
      rejected: checked.rejected,
      duplicates,
      warnings: warningsOf(toImport),
    };
    // One audit row for the whole import: counts and the MRN range, not a row per patient.
    await uow.audit({
      action: 'patient.import',
      entity: 'patient',
      entityId: staged.id,
      after: { importId: staged.id, rows: staged.records.length, imported: result.imported, rejected: result.rejected.length, duplicates: duplicates.length, firstMrn: result.firstMrn, lastMrn: result.lastMrn },
    });
    this.staging.remove(staged.id);
    return result;
  }

  /** The rows checked once per clinic date: the text cannot change after it ended. */
  private checked(staged: StagedImport, today: string): CheckedRows {
    if (staged.checked?.today !== today) staged.checked = { today, rows: checkRows(staged, today) };
    return staged.checked.rows;
  }

  private append(staged: StagedImport, records: string[][]): void {
    for (const cells of records) {
      staged.recordsRead += 1;
      if (staged.firstRecord === null) {
        staged.firstRecord = cells;
        staged.columns = columnIndexes(staged.settings.mapping, cells, staged.settings.hasHeader);
        if (staged.settings.hasHeader) continue;
      }
      // A blank line (one empty field) is no patient; spreadsheets often end files with a few.
      if (cells.length === 1 && cells[0].trim() === '') continue;
      staged.records.push({ row: staged.recordsRead, cells });
    }
  }

  /** The caller's import with its text complete: the last record (without a line break) is read now. */
  private ended(uow: UnitOfWork, importId: string): StagedImport {
    const staged = this.staging.find(ownerOf(uow), importId);
    if (!staged.ended) {
      this.append(staged, staged.parser.end());
      staged.ended = true;
    }
    return staged;
  }
}

function ownerOf(uow: UnitOfWork): string {
  if (!uow.actor) throw new AppError('NOT_SIGNED_IN');
  return uow.actor.userId;
}

function totalsOf(staged: StagedImport, checked: CheckedRows, inStore: ReadonlyMap<number, string>): ImportPreview['totals'] {
  return {
    rows: staged.records.length,
    valid: checked.valid.length - inStore.size,
    rejected: checked.rejected.length,
    duplicatesInFile: checked.inFile.length,
    duplicatesInStore: inStore.size,
    warnings: checked.valid.filter((row) => row.warnings.length > 0 && !inStore.has(row.row)).length,
  };
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

/** The first rows of the file as they will be read, each with its status. */
function previewRows(staged: StagedImport, today: string, checked: CheckedRows, inStore: ReadonlyMap<number, string>): ImportPreviewRow[] {
  const columns = staged.columns;
  if (!columns) return [];
  const rejections = new Map(checked.rejected.map((rejection) => [rejection.row, rejection]));
  const inFile = new Map(checked.inFile.map((duplicate) => [duplicate.row, duplicate]));
  return staged.records.slice(0, PREVIEW_ROWS).map(({ row, cells }) => {
    const mapped = mapRecord(cells, row, columns, staged.settings.dateFormat, today);
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
