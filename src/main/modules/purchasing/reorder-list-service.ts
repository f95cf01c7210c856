import { medicineLabel } from '../../../shared/schemas/medicines';
import type { ReorderRow } from '../../../shared/schemas/purchasing';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import type { StockService } from '../stock';
import type { SuppliersService } from '../suppliers';
import type { PurchaseOrdersService } from './purchase-orders-service';
import { USAGE_WINDOW_DAYS, reorderAdvice, weeklyUse } from './reorder-rule';

/** Planned over when an item has no supplier yet: a week is what most Malaysian wholesalers take. */
const UNKNOWN_LEAD_TIME_DAYS = 7;

interface LastPurchase {
  supplierId: string;
  unitCostSen: number;
}

/**
 * The reorder list: every active item the reorder rule says to order now, with the supplier it
 * last came from (or was last ordered from) and that supplier's price, ready to become draft orders.
 */
export class ReorderListService {
  constructor(
    private readonly medicines: MedicinesService,
    private readonly stock: StockService,
    private readonly suppliers: SuppliersService,
    private readonly orders: PurchaseOrdersService,
  ) {}

  async list(uow: UnitOfWork): Promise<ReorderRow[]> {
    const medicines = await this.medicines.list(uow, false);
    const ids = medicines.map((medicine) => medicine.id);
    const onHand = await this.stock.onHand(uow, ids);
    const onOrder = await this.orders.onOrder(uow);
    const usage = await this.stock.usage(uow, USAGE_WINDOW_DAYS);
    const lastPurchases = await this.lastPurchases(uow);
    const suppliers = await this.suppliers.byIds(uow, [...lastPurchases.values()].map((last) => last.supplierId));
    const rows: ReorderRow[] = [];
    for (const medicine of medicines) {
      const last = lastPurchases.get(medicine.id);
      // A retired supplier is not suggested: the row waits for the manager to pick one.
      const supplier = last ? suppliers.get(last.supplierId) : undefined;
      const suggested = supplier?.active ? supplier : null;
      const facts = {
        usable: onHand.get(medicine.id)?.usable ?? 0,
        onOrder: onOrder.get(medicine.id) ?? 0,
        reorderLevel: medicine.reorderLevel,
        reorderQuantity: medicine.reorderQuantity,
        usedInWindow: usage.get(medicine.id) ?? 0,
        leadTimeDays: suggested?.leadTimeDays ?? UNKNOWN_LEAD_TIME_DAYS,
        packSize: medicine.packSize,
      };
      const advice = reorderAdvice(facts);
      if (!advice) continue;
      rows.push({
        medicineId: medicine.id,
        medicineCode: medicine.code,
        medicineLabel: medicineLabel(medicine),
        dispensingUnit: medicine.dispensingUnit,
        packSize: medicine.packSize,
        usable: facts.usable,
        onOrder: facts.onOrder,
        reorderLevel: medicine.reorderLevel,
        weeklyUse: weeklyUse(facts.usedInWindow),
        leadTimeDays: facts.leadTimeDays,
        supplierId: suggested?.id ?? null,
        supplierName: suggested?.name ?? null,
        reasons: advice.reasons,
        suggestedQuantity: advice.suggestedQuantity,
        unitCostSen: last?.unitCostSen ?? medicine.costSen,
      });
    }
    return rows;
  }

  /** Per medicine, the newest delivery or (not cancelled) order line: who supplied it and at what unit cost. */
  private async lastPurchases(uow: UnitOfWork): Promise<Map<string, LastPurchase>> {
    const rows = await uow.db.query<Array<{ medicineId: string; supplierId: string; unitCostSen: number }>>(
      `SELECT medicineId, supplierId, unitCostSen FROM (
         SELECT l.medicine_id AS medicineId, g.supplier_id AS supplierId, l.unit_cost_sen AS unitCostSen, g.received_at AS at
           FROM goods_received_lines l JOIN goods_received g ON g.id = l.goods_received_id
         UNION ALL
         SELECT l.medicine_id, o.supplier_id, l.unit_cost_sen, o.created_at
           FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id
          WHERE l.position >= 0 AND o.status <> 'cancelled'
       ) ORDER BY at DESC`,
    );
    const last = new Map<string, LastPurchase>();
    for (const row of rows) if (!last.has(row.medicineId)) last.set(row.medicineId, { supplierId: row.supplierId, unitCostSen: Number(row.unitCostSen) });
    return last;
  }
}
