import { v7 as uuidv7 } from 'uuid';
import { medicineLabel } from '../../../shared/schemas/medicines';
import type { ReturnToSupplierInput, SupplierReturn } from '../../../shared/schemas/purchasing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import type { MedicinesService } from '../medicines';
import type { StockService } from '../stock';
import type { SuppliersService } from '../suppliers';
import { SupplierReturnEntity, type SupplierReturnRecord } from './entities';

const RETURN_SEQUENCE = 'supplier-return';

/** Stock sent back to a supplier (damaged, recalled, short-dated): out of the batch as a return, with a numbered return note. */
export class SupplierReturnsService {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly medicines: MedicinesService,
    private readonly stock: StockService,
    private readonly ledger: LedgerService,
  ) {}

  async record(uow: UnitOfWork, input: ReturnToSupplierInput): Promise<SupplierReturn> {
    const supplier = await this.suppliers.get(uow, input.supplierId);
    const batch = (await this.stock.batches(uow, input.medicineId, { includeEmpty: true })).find((b) => b.id === input.batchId);
    if (!batch) throw new AppError('BATCH_NOT_FOUND', { batchId: input.batchId });
    const record: SupplierReturnRecord = {
      id: uuidv7(),
      number: humanNumber('RTN', await nextInSequence(uow.db, RETURN_SEQUENCE)),
      supplierId: supplier.id,
      batchId: batch.id,
      medicineId: batch.medicineId,
      batchNo: batch.batchNo,
      quantity: input.quantity,
      reason: input.reason,
      returnedBy: uow.actor?.userId ?? null,
      returnedAt: uow.now.toISOString(),
    };
    await this.stock.returnToSupplier(uow, { batchId: batch.id, quantity: input.quantity, note: input.reason, reference: { kind: 'supplier-return', id: record.id, label: record.number } });
    await uow.db.getRepository(SupplierReturnEntity).insert(record);
    await this.ledger.returnedToSupplier(uow, { ...record, unitCostSen: batch.unitCostSen });
    const returned = await this.present(uow, record);
    await uow.audit({ action: 'supplierReturn.record', entity: 'supplierReturn', entityId: record.id, after: { number: record.number, supplier: supplier.name, medicine: returned.medicineLabel, batchNo: record.batchNo, quantity: record.quantity, reason: record.reason } });
    return returned;
  }

  async list(uow: UnitOfWork): Promise<SupplierReturn[]> {
    const records = await uow.db.getRepository(SupplierReturnEntity).find({ order: { returnedAt: 'DESC', id: 'DESC' }, take: 200 });
    const result: SupplierReturn[] = [];
    for (const record of records) result.push(await this.present(uow, record));
    return result;
  }

  private async present(uow: UnitOfWork, record: SupplierReturnRecord): Promise<SupplierReturn> {
    const supplier = await this.suppliers.get(uow, record.supplierId);
    const { returnedBy: _by, ...fields } = record;
    return { ...fields, supplierName: supplier.name, medicineLabel: medicineLabel(await this.medicines.get(uow, record.medicineId)) };
  }
}
