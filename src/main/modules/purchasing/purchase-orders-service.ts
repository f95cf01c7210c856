import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { medicineLabel, type Medicine } from '../../../shared/schemas/medicines';
import {
  savePurchaseOrderInputSchema,
  type CreateOrdersFromReorderInput,
  type PurchaseOrder,
  type PurchaseOrderLineInput,
  type PurchaseOrderStatus,
  type SavePurchaseOrderInput,
} from '../../../shared/schemas/purchasing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import type { SuppliersService } from '../suppliers';
import { PurchaseOrderEntity, PurchaseOrderLineEntity, type PurchaseOrderLineRecord, type PurchaseOrderRecord } from './entities';
import { canTakeOrderAction, statusAfterDelivery, type PurchaseOrderAction } from './order-status-rules';

const ORDER_SEQUENCE = 'purchase-order';
/** Orders whose goods are still to come: the reorder list counts them as stock on the way. */
const OPEN_STATUSES: PurchaseOrderStatus[] = ['sent', 'partly-received'];

/**
 * Purchase orders: written as a draft (changed freely), sent to the supplier (printed), filled by
 * deliveries until every line is in, or cancelled. Numbered PO-000001 in one series; never deleted.
 */
export class PurchaseOrdersService {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly medicines: MedicinesService,
  ) {}

  async list(uow: UnitOfWork, statuses: readonly PurchaseOrderStatus[] | null): Promise<PurchaseOrder[]> {
    const records = await uow.db.getRepository(PurchaseOrderEntity).find({ where: statuses ? { status: In([...statuses]) } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: 500 });
    return this.present(uow, records);
  }

  async get(uow: UnitOfWork, id: string): Promise<PurchaseOrder> {
    const [order] = await this.present(uow, [await this.record(uow, id)]);
    return order;
  }

  /** A new draft, or the draft's lines and note replaced; the supplier must be active and every medicine known. */
  async save(uow: UnitOfWork, raw: SavePurchaseOrderInput): Promise<PurchaseOrder> {
    const input = savePurchaseOrderInputSchema.parse(raw);
    await this.suppliers.assertActive(uow, input.supplierId);
    await this.medicinesOf(uow, input.lines.map((line) => line.medicineId));
    const now = uow.now.toISOString();
    if (!input.id) {
      const record: PurchaseOrderRecord = {
        id: uuidv7(),
        number: humanNumber('PO', await nextInSequence(uow.db, ORDER_SEQUENCE)),
        supplierId: input.supplierId,
        status: 'draft',
        note: input.note,
        cancelReason: null,
        createdBy: uow.actor?.userId ?? null,
        createdAt: now,
        sentAt: null,
        updatedAt: now,
      };
      await uow.db.getRepository(PurchaseOrderEntity).insert(record);
      await this.writeLines(uow, record.id, input.lines);
      const after = await this.get(uow, record.id);
      await uow.audit({ action: 'purchaseOrder.create', entity: 'purchaseOrder', entityId: record.id, after: auditShape(after) });
      return after;
    }
    const record = await this.recordFor(uow, input.id, 'edit');
    const before = await this.get(uow, record.id);
    await uow.db.getRepository(PurchaseOrderEntity).update({ id: record.id }, { supplierId: input.supplierId, note: input.note, updatedAt: now });
    // A draft's lines were never received against, so they are rewritten in place; the audit row keeps the old ones.
    await this.replaceDraftLines(uow, record.id, input.lines);
    const after = await this.get(uow, record.id);
    await uow.audit({ action: 'purchaseOrder.update', entity: 'purchaseOrder', entityId: record.id, before: auditShape(before), after: auditShape(after) });
    return after;
  }

  async send(uow: UnitOfWork, id: string): Promise<PurchaseOrder> {
    const record = await this.recordFor(uow, id, 'send');
    await this.suppliers.assertActive(uow, record.supplierId);
    const now = uow.now.toISOString();
    await uow.db.getRepository(PurchaseOrderEntity).update({ id }, { status: 'sent', sentAt: now, updatedAt: now });
    await uow.audit({ action: 'purchaseOrder.send', entity: 'purchaseOrder', entityId: id, before: { status: record.status }, after: { number: record.number, status: 'sent' } });
    return this.get(uow, id);
  }

  /** What has not come will not come: the order closes, what was received stays received. */
  async cancel(uow: UnitOfWork, id: string, reason: string): Promise<PurchaseOrder> {
    const record = await this.recordFor(uow, id, 'cancel');
    await uow.db.getRepository(PurchaseOrderEntity).update({ id }, { status: 'cancelled', cancelReason: reason, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: 'purchaseOrder.cancel', entity: 'purchaseOrder', entityId: id, before: { status: record.status }, after: { number: record.number, status: 'cancelled', reason } });
    return this.get(uow, id);
  }

  /** One draft per supplier from the reorder list's chosen rows. */
  async createFromReorder(uow: UnitOfWork, input: CreateOrdersFromReorderInput): Promise<PurchaseOrder[]> {
    const bySupplier = new Map<string, PurchaseOrderLineInput[]>();
    for (const row of input.rows) {
      bySupplier.set(row.supplierId, [...(bySupplier.get(row.supplierId) ?? []), { medicineId: row.medicineId, quantity: row.quantity, unitCostSen: row.unitCostSen }]);
    }
    const orders: PurchaseOrder[] = [];
    for (const [supplierId, lines] of bySupplier) orders.push(await this.save(uow, { supplierId, note: '', lines }));
    return orders;
  }

  /** Units ordered and not yet delivered, per medicine, on sent and partly received orders. */
  async onOrder(uow: UnitOfWork): Promise<Map<string, number>> {
    const rows = await uow.db.query<{ medicine_id: string; open: number }[]>(
      `SELECT l.medicine_id, SUM(MAX(l.quantity - l.received_quantity, 0)) AS open
       FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id
       WHERE l.position >= 0 AND o.status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) GROUP BY l.medicine_id`,
      OPEN_STATUSES,
    );
    return new Map(rows.map((row) => [row.medicine_id, row.open]));
  }

  /**
   * The order's side of a delivery: each line's received quantity goes up and the order becomes
   * partly received or received. Refuses an order that takes no deliveries, and a line not on it.
   * Returns the ordered unit cost of each line, for the price check.
   */
  async recordDelivery(uow: UnitOfWork, orderId: string, delivered: readonly { orderLineId: string; medicineId: string; quantity: number }[]): Promise<{ number: string; supplierId: string; orderedCost: Map<string, number> }> {
    const record = await this.recordFor(uow, orderId, 'receive');
    const lines = await this.linesOf(uow, [orderId]);
    const byId = new Map(lines.map((line) => [line.id, line]));
    for (const item of delivered) {
      const line = byId.get(item.orderLineId);
      if (!line || line.medicineId !== item.medicineId) throw new AppError('GOODS_NOT_ON_ORDER', { number: record.number, orderLineId: item.orderLineId });
      line.receivedQuantity += item.quantity;
      await uow.db.getRepository(PurchaseOrderLineEntity).update({ id: line.id }, { receivedQuantity: line.receivedQuantity });
    }
    const status = statusAfterDelivery(lines);
    await uow.db.getRepository(PurchaseOrderEntity).update({ id: orderId }, { status, updatedAt: uow.now.toISOString() });
    return { number: record.number, supplierId: record.supplierId, orderedCost: new Map(lines.map((line) => [line.id, line.unitCostSen])) };
  }

  private async record(uow: UnitOfWork, id: string): Promise<PurchaseOrderRecord> {
    const record = await uow.db.getRepository(PurchaseOrderEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'purchaseOrder', id });
    return record;
  }

  private async recordFor(uow: UnitOfWork, id: string, action: PurchaseOrderAction): Promise<PurchaseOrderRecord> {
    const record = await this.record(uow, id);
    if (!canTakeOrderAction(action, record.status)) throw new AppError('PURCHASE_ORDER_WRONG_STATE', { number: record.number, status: record.status, action });
    return record;
  }

  private async writeLines(uow: UnitOfWork, orderId: string, lines: readonly PurchaseOrderLineInput[], from = 0): Promise<void> {
    const rows: PurchaseOrderLineRecord[] = lines.map((line, index) => ({ id: uuidv7(), orderId, position: from + index, ...line, receivedQuantity: 0 }));
    await uow.db.getRepository(PurchaseOrderLineEntity).insert(rows);
  }

  private async replaceDraftLines(uow: UnitOfWork, orderId: string, lines: readonly PurchaseOrderLineInput[]): Promise<void> {
    const existing = await this.linesOf(uow, [orderId]);
    const repo = uow.db.getRepository(PurchaseOrderLineEntity);
    for (const [index, line] of lines.entries()) {
      const kept = existing[index];
      if (kept) await repo.update({ id: kept.id }, { ...line, position: index });
    }
    if (lines.length > existing.length) await this.writeLines(uow, orderId, lines.slice(existing.length), existing.length);
    // Lines the draft no longer has keep their row (nothing is deleted) with nothing ordered: they leave the order.
    for (const dropped of existing.slice(lines.length)) await repo.update({ id: dropped.id }, { position: -1 });
  }

  private async linesOf(uow: UnitOfWork, orderIds: readonly string[]): Promise<PurchaseOrderLineRecord[]> {
    if (orderIds.length === 0) return [];
    const rows = await uow.db.getRepository(PurchaseOrderLineEntity).find({ where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } });
    return rows.filter((row) => row.position >= 0);
  }

  private async medicinesOf(uow: UnitOfWork, ids: readonly string[]): Promise<Map<string, Medicine>> {
    const medicines = new Map<string, Medicine>();
    for (const id of new Set(ids)) medicines.set(id, await this.medicines.get(uow, id));
    return medicines;
  }

  private async present(uow: UnitOfWork, records: readonly PurchaseOrderRecord[]): Promise<PurchaseOrder[]> {
    const lines = await this.linesOf(uow, records.map((record) => record.id));
    const medicines = await this.medicinesOf(uow, lines.map((line) => line.medicineId));
    const suppliers = await this.suppliers.byIds(uow, records.map((record) => record.supplierId));
    return records.map((record) => {
      const own = lines.filter((line) => line.orderId === record.id);
      return {
        id: record.id,
        number: record.number,
        supplierId: record.supplierId,
        supplierName: suppliers.get(record.supplierId)?.name ?? '',
        status: record.status,
        note: record.note,
        createdAt: record.createdAt,
        sentAt: record.sentAt,
        totalSen: own.reduce((total, line) => total + line.quantity * line.unitCostSen, 0),
        lines: own.map((line) => {
          const medicine = medicines.get(line.medicineId);
          return {
            id: line.id,
            medicineId: line.medicineId,
            medicineLabel: medicine ? medicineLabel(medicine) : '',
            dispensingUnit: medicine?.dispensingUnit ?? '',
            packSize: medicine?.packSize ?? null,
            quantity: line.quantity,
            unitCostSen: line.unitCostSen,
            receivedQuantity: line.receivedQuantity,
          };
        }),
      };
    });
  }
}

function auditShape(order: PurchaseOrder) {
  return { number: order.number, supplier: order.supplierName, status: order.status, totalSen: order.totalSen, lines: order.lines.map((line) => `${line.quantity} × ${line.medicineLabel} @ ${line.unitCostSen}`) };
}
