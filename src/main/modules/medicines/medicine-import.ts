import { parseCsv } from '../../../shared/csv';
import {
  medicineImportInputSchema,
  saveMedicineInputSchema,
  type MedicineImportInput,
  type MedicineImportPreview,
  type MedicineImportResult,
  type MedicineImportRow,
  type SaveMedicineInput,
} from '../../../shared/schemas/medicines';
import { columnIndexes } from '../../csv-import/column-indexes';
import type { UnitOfWork } from '../../work/unit-of-work';
import { medicineFromRecord } from './medicine-rows';
import type { MedicinesService } from './medicines-service';

/** Rows shown in a preview as they will be saved. */
const SAMPLE_ROWS = 20;

interface CheckedFile {
  rows: number;
  valid: Array<{ row: number; fields: SaveMedicineInput }>;
  rejected: MedicineImportRow[];
}

/**
 * A medicine list from another system or a supplier's spreadsheet: every row checked as a save in
 * Setup is, plus codes repeated in the file or already in the master. The preview writes nothing;
 * the commit checks the file again and writes every valid row in the request's one transaction,
 * so an interrupted import leaves nothing half-written.
 */
export class MedicineImport {
  constructor(private readonly medicines: MedicinesService) {}

  async preview(uow: UnitOfWork, input: MedicineImportInput): Promise<MedicineImportPreview> {
    const checked = await this.check(uow, input);
    return { rows: checked.rows, valid: checked.valid.length, rejected: checked.rejected, sample: checked.valid.slice(0, SAMPLE_ROWS).map(({ row, fields }) => summary(row, fields, [])) };
  }

  async commit(uow: UnitOfWork, input: MedicineImportInput): Promise<MedicineImportResult> {
    const checked = await this.check(uow, input);
    await this.medicines.insertMany(uow, checked.valid.map(({ fields }) => saveMedicineInputSchema.parse(fields)));
    await uow.audit({ action: 'medicine.import', entity: 'medicine', entityId: null, after: { imported: checked.valid.length, rejected: checked.rejected.length, rows: checked.rows } });
    return { imported: checked.valid.length, rejected: checked.rejected };
  }

  private async check(uow: UnitOfWork, raw: MedicineImportInput): Promise<CheckedFile> {
    const input = medicineImportInputSchema.parse(raw);
    const records = parseCsv(input.csv);
    const columns = columnIndexes(input.mapping, records[0] ?? [], input.hasHeader);
    const inStore = await this.medicines.codesInUse(uow);
    const inFile = new Set<string>();
    const barcodesInStore = await this.medicines.barcodesInUse(uow);
    const barcodesInFile = new Set<string>();
    const checked: CheckedFile = { rows: 0, valid: [], rejected: [] };
    const firstRow = input.hasHeader ? 2 : 1;
    records.slice(input.hasHeader ? 1 : 0).forEach((record, index) => {
      const row = firstRow + index;
      // A blank line (a spreadsheet's trailing rows) is no medicine, and no mistake either.
      if (record.every((cell) => cell.trim() === '')) return;
      checked.rows += 1;
      const mapped = medicineFromRecord(record, columns);
      if (!mapped.ok) {
        checked.rejected.push(summary(row, cellsOf(record, columns), mapped.rejections));
        return;
      }
      const code = mapped.fields.code?.toUpperCase() ?? null;
      if (code && (inStore.has(code) || inFile.has(code))) {
        const reason = inStore.has(code) ? 'duplicateCodeInStore' : 'duplicateCodeInFile';
        checked.rejected.push(summary(row, mapped.fields, [{ reason, field: 'code', value: code }]));
        return;
      }
      // A barcode names one item: one already held, or given to an earlier row, leaves the row out.
      const takenBarcode = (mapped.fields.barcodes ?? []).find((barcode) => barcodesInStore.has(barcode) || barcodesInFile.has(barcode));
      if (takenBarcode) {
        const reason = barcodesInStore.has(takenBarcode) ? 'duplicateBarcodeInStore' : 'duplicateBarcodeInFile';
        checked.rejected.push(summary(row, mapped.fields, [{ reason, field: 'barcodes', value: takenBarcode }]));
        return;
      }
      for (const barcode of mapped.fields.barcodes ?? []) barcodesInFile.add(barcode);
      if (code) inFile.add(code);
      checked.valid.push({ row, fields: mapped.fields });
    });
    return checked;
  }
}

type Shown = Pick<MedicineImportRow, 'generic' | 'brand' | 'strength' | 'form'>;

function summary(row: number, fields: { generic?: string | null; brand?: string | null; strength?: string | null; form?: string | null }, rejections: MedicineImportRow['rejections']): MedicineImportRow {
  const shown: Shown = { generic: fields.generic ?? '', brand: fields.brand ?? '', strength: fields.strength ?? '', form: fields.form ?? '' };
  return { row, ...shown, rejections };
}

function cellsOf(record: readonly string[], columns: Partial<Record<keyof Shown, number>>): Shown {
  const cell = (field: keyof Shown) => (columns[field] === undefined ? '' : (record[columns[field]] ?? '').trim());
  return { generic: cell('generic'), brand: cell('brand'), strength: cell('strength'), form: cell('form') };
}
