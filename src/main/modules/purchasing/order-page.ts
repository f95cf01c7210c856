import { ringgit } from '../../../shared/ringgit';
import type { PurchaseOrder, Supplier } from '../../../shared/schemas/purchasing';
import { dayMonthYear, type PageContent } from '../../documents';

/** Packs when the quantity is whole packs ("10 packs of 100 = 1000 tablet"), else units: how a supplier reads an order. */
function orderedQuantity(line: PurchaseOrder['lines'][number]): string {
  const units = `${line.quantity} ${line.dispensingUnit}`;
  if (!line.packSize || line.packSize <= 1 || line.quantity % line.packSize !== 0) return units;
  return `${line.quantity / line.packSize} × ${line.packSize} (${units})`;
}

/** The purchase order as the supplier receives it: who orders, what, at what price, and the total. */
export function purchaseOrderPage(order: PurchaseOrder, supplier: Supplier, orderedOn: string): PageContent {
  const supplierLines = [supplier.name, supplier.contactPerson ? `Attn: ${supplier.contactPerson}` : null, supplier.address, supplier.phone, supplier.email].filter(
    (line): line is string => Boolean(line),
  );
  return {
    title: `Purchase order ${order.number}`,
    languages: ['en'],
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: `PURCHASE ORDER ${order.number}` },
      {
        kind: 'fields',
        fields: [
          { label: 'Supplier', value: supplierLines.join('\n') },
          { label: 'Date', value: dayMonthYear(orderedOn) },
          { label: 'Payment terms', value: `${supplier.paymentTermsDays} days` },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'No.', width: 1, align: 'right' },
          { title: 'Item', width: 7 },
          { title: 'Quantity', width: 4, align: 'right' },
          { title: 'Unit cost', width: 3, align: 'right' },
          { title: 'Amount', width: 3, align: 'right' },
        ],
        rows: order.lines.map((line, index) => [String(index + 1), line.medicineLabel, orderedQuantity(line), ringgit(line.unitCostSen), ringgit(line.quantity * line.unitCostSen)]),
      },
      { kind: 'paragraph', text: `Total: ${ringgit(order.totalSen)}`, align: 'right', bold: true },
      ...(order.note ? [{ kind: 'paragraph' as const, text: order.note }] : []),
      { kind: 'paragraph', text: 'Please quote the order number on the delivery order and invoice. Batch number and expiry date on every item.' },
      { kind: 'signatures', signatures: [{ label: 'Ordered by' }] },
    ],
  };
}
