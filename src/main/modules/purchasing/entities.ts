import { EntitySchema } from 'typeorm';
import type { PurchaseOrderStatus } from '../../../shared/schemas/purchasing';

export interface PurchaseOrderRecord {
  id: string;
  number: string;
  supplierId: string;
  status: PurchaseOrderStatus;
  note: string;
  cancelReason: string | null;
  createdBy: string | null;
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
}

export const PurchaseOrderEntity = new EntitySchema<PurchaseOrderRecord>({
  name: 'PurchaseOrder',
  tableName: 'purchase_orders',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text', unique: true },
    supplierId: { type: 'text', name: 'supplier_id' },
    status: { type: 'text' },
    note: { type: 'text' },
    cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
    createdBy: { type: 'text', name: 'created_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    sentAt: { type: 'text', name: 'sent_at', nullable: true },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface PurchaseOrderLineRecord {
  id: string;
  orderId: string;
  position: number;
  medicineId: string;
  quantity: number;
  unitCostSen: number;
  receivedQuantity: number;
}

export const PurchaseOrderLineEntity = new EntitySchema<PurchaseOrderLineRecord>({
  name: 'PurchaseOrderLine',
  tableName: 'purchase_order_lines',
  columns: {
    id: { type: 'text', primary: true },
    orderId: { type: 'text', name: 'order_id' },
    position: { type: 'integer' },
    medicineId: { type: 'text', name: 'medicine_id' },
    quantity: { type: 'integer' },
    unitCostSen: { type: 'integer', name: 'unit_cost_sen' },
    receivedQuantity: { type: 'integer', name: 'received_quantity' },
  },
});

export interface GoodsReceivedRecord {
  id: string;
  number: string;
  orderId: string | null;
  supplierId: string;
  invoiceNo: string;
  receivedBy: string | null;
  receivedAt: string;
}

export const GoodsReceivedEntity = new EntitySchema<GoodsReceivedRecord>({
  name: 'GoodsReceived',
  tableName: 'goods_received',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text', unique: true },
    orderId: { type: 'text', name: 'order_id', nullable: true },
    supplierId: { type: 'text', name: 'supplier_id' },
    invoiceNo: { type: 'text', name: 'invoice_no' },
    receivedBy: { type: 'text', name: 'received_by', nullable: true },
    receivedAt: { type: 'text', name: 'received_at' },
  },
});

export interface GoodsReceivedLineRecord {
  id: string;
  goodsReceivedId: string;
  position: number;
  orderLineId: string | null;
  medicineId: string;
  batchId: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
  bonusQuantity: number;
  unitCostSen: number;
  orderedUnitCostSen: number | null;
}

export const GoodsReceivedLineEntity = new EntitySchema<GoodsReceivedLineRecord>({
  name: 'GoodsReceivedLine',
  tableName: 'goods_received_lines',
  columns: {
    id: { type: 'text', primary: true },
    goodsReceivedId: { type: 'text', name: 'goods_received_id' },
    position: { type: 'integer' },
    orderLineId: { type: 'text', name: 'order_line_id', nullable: true },
    medicineId: { type: 'text', name: 'medicine_id' },
    batchId: { type: 'text', name: 'batch_id' },
    batchNo: { type: 'text', name: 'batch_no' },
    expiryDate: { type: 'text', name: 'expiry_date' },
    quantity: { type: 'integer' },
    bonusQuantity: { type: 'integer', name: 'bonus_quantity' },
    unitCostSen: { type: 'integer', name: 'unit_cost_sen' },
    orderedUnitCostSen: { type: 'integer', name: 'ordered_unit_cost_sen', nullable: true },
  },
});

export interface SupplierReturnRecord {
  id: string;
  number: string;
  supplierId: string;
  batchId: string;
  medicineId: string;
  batchNo: string;
  quantity: number;
  reason: string;
  returnedBy: string | null;
  returnedAt: string;
}

export const SupplierReturnEntity = new EntitySchema<SupplierReturnRecord>({
  name: 'SupplierReturn',
  tableName: 'supplier_returns',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text', unique: true },
    supplierId: { type: 'text', name: 'supplier_id' },
    batchId: { type: 'text', name: 'batch_id' },
    medicineId: { type: 'text', name: 'medicine_id' },
    batchNo: { type: 'text', name: 'batch_no' },
    quantity: { type: 'integer' },
    reason: { type: 'text' },
    returnedBy: { type: 'text', name: 'returned_by', nullable: true },
    returnedAt: { type: 'text', name: 'returned_at' },
  },
});
