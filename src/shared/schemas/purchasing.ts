import { z } from 'zod';
import { idSchema } from './common';
import type { DispensingUnit } from './medicine-vocabulary';
import { phoneSchema } from './patients';

/**
 * Buying medicines: the suppliers a clinic orders from, purchase orders, the goods received
 * against them (or delivered without one) and what goes back to a supplier. Quantities are whole
 * dispensing units (tablet, ml, tube); money is integer sen.
 */

export const supplierSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(2).max(120),
  contactPerson: z.string().trim().max(120).nullable().default(null),
  /** Stored in international form (`+60 3 7890 1234`) by the service. */
  phone: phoneSchema.nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
  /** Days the clinic has to pay an invoice: 30 for "net 30". */
  paymentTermsDays: z.number().int().min(0).max(365),
  /** Days from sending an order to the goods arriving: the reorder list plans over it. */
  leadTimeDays: z.number().int().min(0).max(180),
  active: z.boolean(),
});
export type Supplier = z.infer<typeof supplierSchema>;
export const saveSupplierInputSchema = supplierSchema.extend({ id: idSchema.optional() });
export type SaveSupplierInput = z.input<typeof saveSupplierInputSchema>;

export const PURCHASE_ORDER_STATUSES = ['draft', 'sent', 'partly-received', 'received', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

const wholeUnits = z.number().int().min(1).max(1_000_000);
const sen = z.number().int().min(0).max(100_000_000);

export const purchaseOrderLineInputSchema = z.object({
  medicineId: idSchema,
  /** Whole dispensing units; the screen multiplies packs × pack size before it sends. */
  quantity: wholeUnits,
  /** Price per dispensing unit, in sen, as quoted by the supplier. */
  unitCostSen: sen,
});
export type PurchaseOrderLineInput = z.infer<typeof purchaseOrderLineInputSchema>;

export const savePurchaseOrderInputSchema = z.object({
  /** Absent: a new draft. Present: the draft to change (only a draft changes). */
  id: idSchema.optional(),
  supplierId: idSchema,
  note: z.string().trim().max(500).default(''),
  lines: z.array(purchaseOrderLineInputSchema).min(1).max(200),
});
export type SavePurchaseOrderInput = z.input<typeof savePurchaseOrderInputSchema>;

export interface PurchaseOrderLine {
  id: string;
  medicineId: string;
  medicineLabel: string;
  dispensingUnit: string;
  packSize: number | null;
  quantity: number;
  unitCostSen: number;
  /** Units received so far on this line (paid units, bonus not counted). */
  receivedQuantity: number;
}

export interface PurchaseOrder {
  id: string;
  number: string;
  supplierId: string;
  supplierName: string;
  status: PurchaseOrderStatus;
  note: string;
  lines: PurchaseOrderLine[];
  totalSen: number;
  createdAt: string;
  sentAt: string | null;
}

export const orderIdInputSchema = z.object({ id: idSchema });
export const goodsReceivedListInputSchema = z.object({ orderId: idSchema.nullable().default(null) });
export const cancelOrderInputSchema = z.object({ id: idSchema, reason: z.string().trim().min(3).max(300) });

const batchNoSchema = z.string().trim().min(1).max(40);

export const goodsReceivedLineInputSchema = z.object({
  /** The order line this delivery fills; null on a direct delivery. */
  orderLineId: idSchema.nullable().default(null),
  medicineId: idSchema,
  batchNo: batchNoSchema,
  expiryDate: z.iso.date(),
  quantity: wholeUnits,
  bonusQuantity: z.number().int().min(0).max(1_000_000).default(0),
  /** The cost per unit on the supplier's invoice. */
  unitCostSen: sen,
  shelf: z.string().trim().max(40).nullable().default(null),
});
export type GoodsReceivedLineInput = z.input<typeof goodsReceivedLineInputSchema>;

export const receiveGoodsInputSchema = z.object({
  /** Null: a direct delivery with no order. */
  orderId: idSchema.nullable().default(null),
  supplierId: idSchema,
  invoiceNo: z.string().trim().max(60).default(''),
  lines: z.array(goodsReceivedLineInputSchema).min(1).max(200),
});
export type ReceiveGoodsInput = z.input<typeof receiveGoodsInputSchema>;

export interface GoodsReceivedLine {
  id: string;
  orderLineId: string | null;
  medicineId: string;
  medicineLabel: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
  bonusQuantity: number;
  unitCostSen: number;
  /** The order's price for this line, when it differs from the invoice's; null when it agrees or there is no order. */
  orderedUnitCostSen: number | null;
}

export interface GoodsReceived {
  id: string;
  number: string;
  orderId: string | null;
  orderNumber: string | null;
  supplierId: string;
  supplierName: string;
  invoiceNo: string;
  receivedAt: string;
  lines: GoodsReceivedLine[];
  /** Lines whose invoiced price is not the ordered one. */
  priceDifferences: number;
}

export const returnToSupplierInputSchema = z.object({
  medicineId: idSchema,
  batchId: idSchema,
  supplierId: idSchema,
  quantity: wholeUnits,
  reason: z.string().trim().min(3).max(300),
});
export type ReturnToSupplierInput = z.infer<typeof returnToSupplierInputSchema>;

export interface SupplierReturn {
  id: string;
  number: string;
  supplierId: string;
  supplierName: string;
  batchId: string;
  medicineId: string;
  medicineLabel: string;
  batchNo: string;
  quantity: number;
  reason: string;
  returnedAt: string;
}

/** Why an item is on the reorder list: at or below its level, or running out before a delivery could arrive. */
export type ReorderReason = 'below-level' | 'runs-out-in-lead-time';

export interface ReorderRow {
  medicineId: string;
  medicineCode: string | null;
  medicineLabel: string;
  dispensingUnit: DispensingUnit;
  packSize: number | null;
  usable: number;
  /** Units already ordered and not yet delivered (sent or partly received orders). */
  onOrder: number;
  reorderLevel: number | null;
  /** Units issued over the last 28 days, as a weekly average (rounded). */
  weeklyUse: number;
  leadTimeDays: number;
  supplierId: string | null;
  supplierName: string | null;
  reasons: ReorderReason[];
  suggestedQuantity: number;
  unitCostSen: number | null;
}

export const createOrdersFromReorderInputSchema = z.object({
  rows: z.array(z.object({ medicineId: idSchema, supplierId: idSchema, quantity: wholeUnits, unitCostSen: sen })).min(1).max(200),
});
export type CreateOrdersFromReorderInput = z.infer<typeof createOrdersFromReorderInputSchema>;
