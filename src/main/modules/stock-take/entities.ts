import { EntitySchema } from 'typeorm';
import type { StockTakeLine, StockTakeStatus } from '../../../shared/schemas/stock-take';

export interface StockTakeRecord {
  id: string;
  number: string;
  shelf: string | null;
  status: StockTakeStatus;
  frozenAt: string;
  frozenBy: string | null;
  postedAt: string | null;
  postedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export const StockTakeEntity = new EntitySchema<StockTakeRecord>({
  name: 'StockTake',
  tableName: 'stock_takes',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text', unique: true },
    shelf: { type: 'text', nullable: true },
    status: { type: 'text' },
    frozenAt: { type: 'text', name: 'frozen_at' },
    frozenBy: { type: 'text', name: 'frozen_by', nullable: true },
    postedAt: { type: 'text', name: 'posted_at', nullable: true },
    postedBy: { type: 'text', name: 'posted_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** One batch on a frozen sheet: what the records held then (copied, so the sheet reads the same later) and what was counted. */
export interface StockTakeLineRecord
  extends Pick<StockTakeLine, 'id' | 'batchId' | 'medicineId' | 'medicineCode' | 'medicineLabel' | 'batchNo' | 'expiryDate' | 'shelf' | 'unitCostSen' | 'expected' | 'counted' | 'countedAt'> {
  stockTakeId: string;
  countedBy: string | null;
  /** What the records held when the take was posted: the variance was counted against it. */
  onHandAtPost: number | null;
}

export const StockTakeLineEntity = new EntitySchema<StockTakeLineRecord>({
  name: 'StockTakeLine',
  tableName: 'stock_take_lines',
  columns: {
    id: { type: 'text', primary: true },
    stockTakeId: { type: 'text', name: 'stock_take_id' },
    batchId: { type: 'text', name: 'batch_id' },
    medicineId: { type: 'text', name: 'medicine_id' },
    medicineCode: { type: 'text', name: 'medicine_code', nullable: true },
    medicineLabel: { type: 'text', name: 'medicine_label' },
    batchNo: { type: 'text', name: 'batch_no' },
    expiryDate: { type: 'text', name: 'expiry_date' },
    shelf: { type: 'text', nullable: true },
    unitCostSen: { type: 'integer', name: 'unit_cost_sen' },
    expected: { type: 'integer' },
    counted: { type: 'integer', nullable: true },
    countedBy: { type: 'text', name: 'counted_by', nullable: true },
    countedAt: { type: 'text', name: 'counted_at', nullable: true },
    onHandAtPost: { type: 'integer', name: 'on_hand_at_post', nullable: true },
  },
});
