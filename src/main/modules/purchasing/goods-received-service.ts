import { v7 as uuidv7 } from 'uuid';
import { medicineLabel } from '../../../shared/schemas/medicines';
import { receiveGoodsInputSchema, type GoodsReceived, type ReceiveGoodsInput } from '../../../shared/schemas/purchasing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import type { MedicinesService } from '../medicines';
import type { StockService } from '../stock';
import type { SuppliersService } from '../suppliers';
import { GoodsReceivedEntity, GoodsReceivedLineEntity, PurchaseOrderEntity, type GoodsReceivedLineRecord, type GoodsReceivedRecord } from './entities';
import type { PurchaseOrdersService } from './purchase-orders-service';

const GRN_SEQUENCE = 'goods-received';

/**
 * Goods received notes: a delivery against a purchase order (lines filled, partial deliveries
 * leaving the rest open) or delivered directly. Every line goes into stock as a receipt in the same
 * unit of work, so a line the stock refuses (an expiry already past) leaves nothing received. An
 * invoiced price different from the ordered one is kept on the line, flagged.
 */
export class GoodsReceivedService {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly medicines: MedicinesService,
    private readonly orders: PurchaseOrdersService,
    private readonly stock: StockService,
    private readonly ledger: LedgerService,
  ) {}

  async receive(uow: UnitOfWork, raw: ReceiveGoodsInput): Promise<GoodsReceived> {
    const input = receiveGoodsInputSchema.parse(raw);
    const supplier = await this.suppliers.get(uow, input.supplierId);
    let ordered: Awaited<ReturnType<PurchaseOrdersService['recordDelivery']>> | null = null;
    if (input.orderId) {
      const orderLines = input.lines.map((line) => ({ orderLineId: line.orderLineId ?? '', medicineId: line.medicineId, quantity: line.quantity }));
      ordered = await this.orders.recordDelivery(uow, input.orderId, orderLines);
      if (ordered.supplierId !== supplier.id) throw new AppError('GOODS_NOT_ON_ORDER', { number: ordered.number, supplier: supplier.name });
    } else if (input.lines.some((line) => line.orderLineId !== null)) {
      throw new AppError('VALIDATION_FAILED', { fields: ['orderId'] });
    } else if (!supplier.active) {
      throw new AppError('SUPPLIER_INACTIVE', { name: supplier.name });
    }
    const record: GoodsReceivedRecord = {
      id: uuidv7(),
      number: humanNumber('GRN', await nextInSequence(uow.db, GRN_SEQUENCE)),
      orderId: input.orderId,
      supplierId: supplier.id,
      invoiceNo: input.invoiceNo,
      receivedBy: uow.actor?.userId ?? null,
      receivedAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(GoodsReceivedEntity).insert(record);
    const rows: GoodsReceivedLineRecord[] = [];
    for (const [position, line] of input.lines.entries()) {
      const batch = await this.stock.receive(uow, {
        medicineId: line.medicineId,
        batchNo: line.batchNo,
        expiryDate: line.expiryDate,
        quantity: line.quantity,
        bonusQuantity: line.bonusQuantity,
        unitCostSen: line.unitCostSen,
        supplierId: supplier.id,
        shelf: line.shelf,
        reference: { kind: 'goods-received', id: record.id, label: record.number },
      });
      const orderedCost = line.orderLineId ? ordered?.orderedCost.get(line.orderLineId) : undefined;
      rows.push({
        id: uuidv7(),
        goodsReceivedId: record.id,
        position,
        orderLineId: line.orderLineId,
        medicineId: line.medicineId,
        batchId: batch.id,
        batchNo: line.batchNo,
        expiryDate: line.expiryDate,
        quantity: line.quantity,
        bonusQuantity: line.bonusQuantity,
        unitCostSen: line.unitCostSen,
        orderedUnitCostSen: orderedCost !== undefined && orderedCost !== line.unitCostSen ? orderedCost : null,
      });
    }
    await uow.db.getRepository(GoodsReceivedLineEntity).insert(rows);
    await this.ledger.goodsReceived(uow, { ...record, lines: rows });
    const received = await this.get(uow, record.id);
    await uow.audit({
      action: 'goodsReceived.record',
      entity: 'goodsReceived',
      entityId: record.id,
      after: { number: received.number, order: received.orderNumber, supplier: received.supplierName, invoiceNo: received.invoiceNo, priceDifferences: received.priceDifferences, lines: received.lines.map((l) => `${l.quantity}+${l.bonusQuantity} × ${l.medicineLabel} ${l.batchNo} exp ${l.expiryDate} @ ${l.unitCostSen}`) },
    });
    return received;
  }

  async get(uow: UnitOfWork, id: string): Promise<GoodsReceived> {
    const record = await uow.db.getRepository(GoodsReceivedEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'goodsReceived', id });
    return (await this.present(uow, [record]))[0];
  }

  /** The deliveries against an order, or the latest deliveries of all kinds; newest first. */
  async list(uow: UnitOfWork, orderId: string | null): Promise<GoodsReceived[]> {
    const records = await uow.db.getRepository(GoodsReceivedEntity).find({ where: orderId ? { orderId } : {}, order: { receivedAt: 'DESC', id: 'DESC' }, take: 200 });
    return this.present(uow, records);
  }

  private async present(uow: UnitOfWork, records: readonly GoodsReceivedRecord[]): Promise<GoodsReceived[]> {
    const suppliers = await this.suppliers.byIds(uow, records.map((r) => r.supplierId));
    const result: GoodsReceived[] = [];
    for (const record of records) {
      const lines = await uow.db.getRepository(GoodsReceivedLineEntity).find({ where: { goodsReceivedId: record.id }, order: { position: 'ASC' } });
      const order = record.orderId ? await uow.db.getRepository(PurchaseOrderEntity).findOneBy({ id: record.orderId }) : null;
      const labels = new Map<string, string>();
      for (const line of lines) if (!labels.has(line.medicineId)) labels.set(line.medicineId, medicineLabel(await this.medicines.get(uow, line.medicineId)));
      result.push({
        id: record.id,
        number: record.number,
        orderId: record.orderId,
        orderNumber: order?.number ?? null,
        supplierId: record.supplierId,
        supplierName: suppliers.get(record.supplierId)?.name ?? '',
        invoiceNo: record.invoiceNo,
        receivedAt: record.receivedAt,
        priceDifferences: lines.filter((l) => l.orderedUnitCostSen !== null).length,
        lines: lines.map((l) => ({
          id: l.id,
          orderLineId: l.orderLineId,
          medicineId: l.medicineId,
          medicineLabel: labels.get(l.medicineId) ?? '',
          batchNo: l.batchNo,
          expiryDate: l.expiryDate,
          quantity: l.quantity,
          bonusQuantity: l.bonusQuantity,
          unitCostSen: l.unitCostSen,
          orderedUnitCostSen: l.orderedUnitCostSen,
        })),
      });
    }
    return result;
  }
}
