import { beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from '../../../../tests/support/test-hub';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { purchasingClinic } from './purchasing-test-clinic';

const SUPPLIER = { name: 'Apex Pharmacy Marketing', contactPerson: null, phone: null, email: null, address: null, paymentTermsDays: 30, leadTimeDays: 5, active: true };
const FAR = '2030-06-30';

const clinic = clinicForTests(() => purchasingClinic(SUPPLIER));
let [supplierId, paracetamol, amoxicillin] = ['', '', ''];
beforeAll(() => ([supplierId, paracetamol, amoxicillin] = [clinic.supplierId, clinic.paracetamol, clinic.amoxicillin]));

async function withReorderLevel(medicineId: string, reorderLevel: number) {
  await clinic.admin.medicines.save({ ...(await clinic.admin.medicines.get({ id: medicineId })), reorderLevel });
}

async function delivered(medicineId: string, batchNo: string, quantity: number, unitCostSen: number) {
  await clinic.admin.purchasing.receiveGoods({ orderId: null, supplierId, lines: [{ orderLineId: null, medicineId, batchNo, expiryDate: FAR, quantity, unitCostSen }] });
}

const rowOf = async (medicineId: string) => (await clinic.admin.purchasing.reorderList()).find((row) => row.medicineId === medicineId);

describe('the reorder list', () => {
  it('lists an item below its level with whole packs to bring it back above, from the supplier it last came from', async () => {
    await withReorderLevel(paracetamol, 200);
    await delivered(paracetamol, 'PCM-RL1', 100, 3);
    expect(await rowOf(paracetamol)).toMatchObject({
      medicineCode: 'PCM500',
      usable: 100,
      onOrder: 0,
      reorderLevel: 200,
      reasons: ['below-level'],
      // 101 tablets bring it above 200; packs of 100 make that 200.
      suggestedQuantity: 200,
      supplierId,
      supplierName: 'Apex Pharmacy Marketing',
      leadTimeDays: 5,
      unitCostSen: 3,
    });
  });

  it('leaves out an item with enough on a sent order; a draft does not count as on order', async () => {
    await withReorderLevel(amoxicillin, 200);
    await delivered(amoxicillin, 'AMX-RL1', 100, 12);
    const draft = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: amoxicillin, quantity: 500, unitCostSen: 12 }] });
    expect((await rowOf(amoxicillin))?.onOrder).toBe(0);
    await clinic.admin.purchasing.sendOrder({ id: draft.id });
    expect(await rowOf(amoxicillin)).toBeUndefined();
  });

  it('feeds the draft orders the manager creates from it', async () => {
    const row = (await rowOf(paracetamol))!;
    const [order] = await clinic.admin.purchasing.createOrdersFromReorder({ rows: [{ medicineId: row.medicineId, supplierId: row.supplierId!, quantity: row.suggestedQuantity, unitCostSen: row.unitCostSen ?? 0 }] });
    expect(order.lines.map((l) => [l.medicineId, l.quantity])).toEqual([[paracetamol, 200]]);
  });

  it('is for those who manage stock only', async () => {
    expect(await refusalOf(clinic.reception.purchasing.reorderList())).toBe('FORBIDDEN');
  });
});
