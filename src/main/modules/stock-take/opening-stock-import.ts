import { parseCsv } from '../../../shared/csv';
import { OPENING_STOCK_FIELDS, openingStockInputSchema, type OpeningStockField, type OpeningStockInput, type OpeningStockPreview, type OpeningStockResult, type OpeningStockRow } from '../../../shared/schemas/opening-stock';
import { columnIndexes } from '../../csv-import/column-indexes';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import { MedicineFinder, openingBatchOf, type OpeningBatch } from './opening-stock-rows';
import type { StockLedger } from './stock-ledger';

const SAMPLE_ROWS = 20;

interface CheckedFile {
  rows: number;
  valid: Array<{ batch: OpeningBatch; shown: OpeningStockRow }>;
  rejected: OpeningStockRow[];
}

/**
 * Opening stock from a CSV file, received as goods are (the stock core's receipt, reference
 * 'opening-stock'). The preview writes nothing. The commit is all or nothing: a file with any
 * rejected row is refused whole, since half an opening stock is a wrong stock, and a good file
 * is received in the request's one unit of work.
 */
export class OpeningStockImport {
  constructor(
    private readonly stock: StockLedger,
    private readonly medicines: MedicinesService,
  ) {}

  async preview(uow: UnitOfWork, input: OpeningStockInput): Promise<OpeningStockPreview> {
    const checked = await this.check(uow, input);
    return { rows: checked.rows, valid: checked.valid.length, rejected: checked.rejected, sample: checked.valid.slice(0, SAMPLE_ROWS).map((v) => v.shown), valueSen: valueOf(checked) };
  }

  async commit(uow: UnitOfWork, input: OpeningStockInput): Promise<OpeningStockResult> {
    const checked = await this.check(uow, input);
    if (checked.rejected.length > 0) throw new AppError('OPENING_STOCK_ROWS_REJECTED', { rejected: checked.rejected.length, rows: checked.rows });
    if (checked.valid.length === 0) throw new AppError('VALIDATION_FAILED', { fields: ['csv'] });
    for (const { batch, shown } of checked.valid) {
      await this.stock.receive(uow, { ...batch, supplierId: null, reference: { kind: 'opening-stock', id: null, label: `CSV row ${shown.row}` } });
    }
    const result = { received: checked.valid.length, valueSen: valueOf(checked) };
    await uow.audit({ action: 'stockTake.openingStock', entity: 'stockTake', entityId: null, after: { ...result, rows: checked.rows } });
    return result;
  }

  private async check(uow: UnitOfWork, raw: OpeningStockInput): Promise<CheckedFile> {
    const input = openingStockInputSchema.parse(raw);
    const records = parseCsv(input.csv);
    const columns = columnIndexes<OpeningStockField>(input.mapping, records[0] ?? [], input.hasHeader);
    const finder = new MedicineFinder(await this.medicines.list(uow, true));
    const today = uow.clock.today();
    const checked: CheckedFile = { rows: 0, valid: [], rejected: [] };
    const firstRow = input.hasHeader ? 2 : 1;
    records.slice(input.hasHeader ? 1 : 0).forEach((record, index) => {
      // A spreadsheet's trailing blank lines are no batch, and no mistake either.
      if (record.every((cell) => cell.trim() === '')) return;
      checked.rows += 1;
      const cells = Object.fromEntries(OPENING_STOCK_FIELDS.map((field) => [field, cellOf(record, columns[field])])) as Record<OpeningStockField, string>;
      const outcome = openingBatchOf(firstRow + index, cells, finder, today);
      if ('batch' in outcome) checked.valid.push(outcome);
      else checked.rejected.push(outcome.shown);
    });
    return checked;
  }
}

function cellOf(record: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (record[index] ?? '').trim();
}

function valueOf(checked: CheckedFile): number {
  return checked.valid.reduce((total, { batch }) => total + batch.quantity * batch.unitCostSen, 0);
}
