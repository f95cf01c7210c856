import { EntitySchema } from 'typeorm';

/** One batch on the shelf. on_hand is kept here for speed; the batch's movements are the truth. */
export interface StockBatchRecord {
  id: string;
  medicineId: string;
  batchNo: string;
  expiryDate: string;
  unitCostSen: number;
  supplierId: string | null;
  shelf: string | null;
  onHand: number;
  receivedAt: string;
  updatedAt: string;
}

export const StockBatchEntity = new EntitySchema<StockBatchRecord>({
  name: 'StockBatch',
  tableName: 'stock_batches',
  columns: {
    id: { type: 'text', primary: true },
    medicineId: { type: 'text', name: 'medicine_id' },
    batchNo: { type: 'text', name: 'batch_no' },
    expiryDate: { type: 'text', name: 'expiry_date' },
    unitCostSen: { type: 'integer', name: 'unit_cost_sen' },
    supplierId: { type: 'text', name: 'supplier_id', nullable: true },
    shelf: { type: 'text', nullable: true },
    onHand: { type: 'integer', name: 'on_hand' },
    receivedAt: { type: 'text', name: 'received_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** One change to one batch's stock, signed; written once, never updated (a trigger refuses). */
export interface StockMovementRecord {
  id: string;
  batchId: string;
  medicineId: string;
  kind: string;
  quantity: number;
  unitCostSen: number;
  reason: string | null;
  note: string | null;
  referenceKind: string;
  referenceId: string | null;
  referenceLabel: string | null;
  userId: string | null;
  userName: string | null;
  at: string;
}

export const StockMovementEntity = new EntitySchema<StockMovementRecord>({
  name: 'StockMovement',
  tableName: 'stock_movements',
  columns: {
    id: { type: 'text', primary: true },
    batchId: { type: 'text', name: 'batch_id' },
    medicineId: { type: 'text', name: 'medicine_id' },
    kind: { type: 'text' },
    quantity: { type: 'integer' },
    unitCostSen: { type: 'integer', name: 'unit_cost_sen' },
    reason: { type: 'text', nullable: true },
    note: { type: 'text', nullable: true },
    referenceKind: { type: 'text', name: 'reference_kind' },
    referenceId: { type: 'text', name: 'reference_id', nullable: true },
    referenceLabel: { type: 'text', name: 'reference_label', nullable: true },
    userId: { type: 'text', name: 'user_id', nullable: true },
    userName: { type: 'text', name: 'user_name', nullable: true },
    at: { type: 'text' },
  },
});
