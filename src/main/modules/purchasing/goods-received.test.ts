import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { refusalDetailsOf, refusalOf } from '../../../../tests/support/test-hub';
import { purchasingClinic } from './purchasing-test-clinic';

const SUPPLIER = { name: 'DKSH Malaysia', contactPerson: null, phone: null, email: null, address: null, paymentTermsDays: 30, leadTimeDays: 5, active: true };
const FAR = '2030-06-30';

const clinic = clinicForTests(() => purchasingClinic(SUPPLIER));
let [supplierId, paracetamol, amoxicillin] = ['', '', ''];
beforeAll(() => ([supplierId, paracetamol, amoxicillin] = [clinic.supplierId, clinic.paracetamol, clinic.amoxicillin]));

async function sentOrder() {
  const draft = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 1000, unitCostSen: 3 }, { medicineId: amoxicillin, quantity: 500, unitCostSen: 12 }] });
  return clinic.admin.purchasing.sendOrder({ id: draft.id });
}

const onHand = async (medicineId: string) => (await clinic.admin.stock.batches({ medicineId })).reduce((sum, b) => sum + b.onHand, 0);

describe('goods received against a purchase order', () => {
  it('receives part of an order into stock, keeps the rest open, and flags a price that differs from the order', async () => {
    const order = await sentOrder();
    const [pcm, amx] = order.lines;
    const stockBefore = await onHand(paracetamol);
    const grn = await clinic.admin.purchasing.receiveGoods({
      orderId: order.id,
      supplierId,
      invoiceNo: 'INV-8812',
      lines: [{ orderLineId: pcm.id, medicineId: paracetamol, batchNo: 'PA2401', expiryDate: FAR, quantity: 600, bonusQuantity: 50, unitCostSen: 4 }],
    });
    expect(grn.number).toMatch(/^GRN-\d{6}$/);
    expect(grn).toMatchObject({ orderNumber: order.number, priceDifferences: 1, invoiceNo: 'INV-8812' });
    expect(grn.lines[0]).toMatchObject({ quantity: 600, bonusQuantity: 50, unitCostSen: 4, orderedUnitCostSen: 3 });
    expect(await onHand(paracetamol)).toBe(stockBefore + 650);
    const partly = await clinic.admin.purchasing.order({ id: order.id });
    expect(partly.status).toBe('partly-received');
    expect(partly.lines.map((l) => l.receivedQuantity)).toEqual([600, 0]);

    const rest = await clinic.admin.purchasing.receiveGoods({
      orderId: order.id,
      supplierId,
      lines: [
        { orderLineId: pcm.id, medicineId: paracetamol, batchNo: 'PA2402', expiryDate: FAR, quantity: 400, unitCostSen: 3 },
        { orderLineId: amx.id, medicineId: amoxicillin, batchNo: 'AM77', expiryDate: FAR, quantity: 500, unitCostSen: 12 },
      ],
    });
    expect(rest.priceDifferences).toBe(0);
    expect((await clinic.admin.purchasing.order({ id: order.id })).status).toBe('received');
    expect(await refusalOf(clinic.admin.purchasing.receiveGoods({ orderId: order.id, supplierId, lines: [{ orderLineId: amx.id, medicineId: amoxicillin, batchNo: 'AM78', expiryDate: FAR, quantity: 1, unitCostSen: 12 }] }))).toBe(
      'PURCHASE_ORDER_WRONG_STATE',
    );
    expect((await clinic.admin.purchasing.goodsReceived({ orderId: order.id })).map((g) => g.number)).toEqual([rest.number, grn.number]);
  });

  it('refuses a delivery with an expiry already past, and receives none of it', async () => {
    const order = await sentOrder();
    const [pcm, amx] = order.lines;
    const before = await onHand(paracetamol);
    const refusal = await refusalDetailsOf(
      clinic.admin.purchasing.receiveGoods({
        orderId: order.id,
        supplierId,
        lines: [
          { orderLineId: pcm.id, medicineId: paracetamol, batchNo: 'PA-OK', expiryDate: FAR, quantity: 100, unitCostSen: 3 },
          { orderLineId: amx.id, medicineId: amoxicillin, batchNo: 'AM-OLD', expiryDate: '2020-01-31', quantity: 100, unitCostSen: 12 },
        ],
      }),
    );
    expect(refusal).toMatchObject({ code: 'BATCH_ALREADY_EXPIRED', details: { batchNo: 'AM-OLD' } });
    expect(await onHand(paracetamol)).toBe(before);
    const unchanged = await clinic.admin.purchasing.order({ id: order.id });
    expect(unchanged.status).toBe('sent');
    expect(unchanged.lines.map((l) => l.receivedQuantity)).toEqual([0, 0]);
  });

  it('refuses a line that is not on the order, or a draft not yet sent', async () => {
    const order = await sentOrder();
    const other = await sentOrder();
    expect(await refusalOf(clinic.admin.purchasing.receiveGoods({ orderId: order.id, supplierId, lines: [{ orderLineId: other.lines[0].id, medicineId: paracetamol, batchNo: 'X1', expiryDate: FAR, quantity: 1, unitCostSen: 3 }] }))).toBe(
      'GOODS_NOT_ON_ORDER',
    );
    expect(await refusalOf(clinic.admin.purchasing.receiveGoods({ orderId: order.id, supplierId, lines: [{ orderLineId: order.lines[0].id, medicineId: amoxicillin, batchNo: 'X1', expiryDate: FAR, quantity: 1, unitCostSen: 3 }] }))).toBe(
      'GOODS_NOT_ON_ORDER',
    );
    const draft = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 10, unitCostSen: 3 }] });
    expect(await refusalOf(clinic.admin.purchasing.receiveGoods({ orderId: draft.id, supplierId, lines: [{ orderLineId: draft.lines[0].id, medicineId: paracetamol, batchNo: 'X1', expiryDate: FAR, quantity: 1, unitCostSen: 3 }] }))).toBe(
      'PURCHASE_ORDER_WRONG_STATE',
    );
  });

  it('receives a direct delivery without an order', async () => {
    const before = await onHand(amoxicillin);
    const grn = await clinic.admin.purchasing.receiveGoods({ orderId: null, supplierId, lines: [{ orderLineId: null, medicineId: amoxicillin, batchNo: 'DIRECT1', expiryDate: FAR, quantity: 200, unitCostSen: 11 }] });
    expect(grn).toMatchObject({ orderId: null, orderNumber: null, priceDifferences: 0 });
    expect(await onHand(amoxicillin)).toBe(before + 200);
    expect(await refusalOf(clinic.reception.purchasing.receiveGoods({ orderId: null, supplierId, lines: [{ orderLineId: null, medicineId: amoxicillin, batchNo: 'D2', expiryDate: FAR, quantity: 1, unitCostSen: 11 }] }))).toBe('FORBIDDEN');
  });
});

describe('returns to a supplier', () => {
  it('takes the returned units out of the batch with a numbered return note; never more than the batch holds', async () => {
    await clinic.admin.purchasing.receiveGoods({ orderId: null, supplierId, lines: [{ orderLineId: null, medicineId: paracetamol, batchNo: 'RET-1', expiryDate: FAR, quantity: 100, unitCostSen: 3 }] });
    const batch = (await clinic.admin.stock.batches({ medicineId: paracetamol })).find((b) => b.batchNo === 'RET-1')!;
    const returned = await clinic.admin.purchasing.returnToSupplier({ medicineId: paracetamol, batchId: batch.id, supplierId, quantity: 30, reason: 'Crushed blister packs' });
    expect(returned).toMatchObject({ number: expect.stringMatching(/^RTN-\d{6}$/), batchNo: 'RET-1', quantity: 30, supplierName: 'DKSH Malaysia' });
    expect((await clinic.admin.stock.batches({ medicineId: paracetamol })).find((b) => b.id === batch.id)?.onHand).toBe(70);
    expect(await refusalOf(clinic.admin.purchasing.returnToSupplier({ medicineId: paracetamol, batchId: batch.id, supplierId, quantity: 71, reason: 'Too many' }))).toBe('STOCK_BELOW_ZERO');
    expect(await refusalOf(clinic.admin.purchasing.returnToSupplier({ medicineId: amoxicillin, batchId: batch.id, supplierId, quantity: 1, reason: 'Wrong medicine' }))).toBe('BATCH_NOT_FOUND');
    expect((await clinic.admin.purchasing.returns()).map((r) => r.number)).toEqual([returned.number]);
  });
});
