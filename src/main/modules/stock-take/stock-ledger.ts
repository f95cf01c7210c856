import type { UnitOfWork } from '../../work/unit-of-work';

/**
 * The part of the stock core (src/main/modules/stock, StockService) a stock take uses: the
 * batches it freezes, the adjustments it posts, the receipts an opening-stock import writes.
 */
export interface StockLedger {
  onHand(uow: UnitOfWork, medicineIds: string[]): Promise<Map<string, { usable: number; expired: number }>>;
  batches(uow: UnitOfWork, medicineId: string, options?: { includeEmpty?: boolean }): Promise<LedgerBatch[]>;
  receive(uow: UnitOfWork, input: { medicineId: string; batchNo: string; expiryDate: string; quantity: number; unitCostSen: number; supplierId?: string | null; shelf?: string | null; reference: LedgerReference }): Promise<unknown>;
  adjust(uow: UnitOfWork, input: { batchId: string; change: number; reason: 'count-difference'; note: string; reference?: LedgerReference }): Promise<void>;
}

export interface LedgerBatch {
  id: string;
  medicineId: string;
  batchNo: string;
  expiryDate: string;
  unitCostSen: number;
  shelf: string | null;
  onHand: number;
}

export interface LedgerReference {
  kind: 'stock-take' | 'opening-stock';
  id: string | null;
  label: string | null;
}
