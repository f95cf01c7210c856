import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { refusalDetailsOf, refusalOf } from '../../../../tests/support/test-hub';
import { purchasingClinic } from './purchasing-test-clinic';

const SUPPLIER = { name: 'Pharmaniaga Logistics', contactPerson: 'Puan Aishah', phone: '03-3342 9999', email: null, address: 'Bangi, Selangor', paymentTermsDays: 60, leadTimeDays: 5, active: true };

const clinic = clinicForTests(() => purchasingClinic(SUPPLIER));
let [supplierId, paracetamol, amoxicillin] = ['', '', ''];
beforeAll(() => ([supplierId, paracetamol, amoxicillin] = [clinic.supplierId, clinic.paracetamol, clinic.amoxicillin]));

describe('purchase orders', () => {
  it('numbers a new draft PO-000001 upward and totals it in sen', async () => {
    const order = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 1000, unitCostSen: 3 }, { medicineId: amoxicillin, quantity: 500, unitCostSen: 12 }] });
    expect(order.number).toMatch(/^PO-\d{6}$/);
    expect(order).toMatchObject({ status: 'draft', supplierName: 'Pharmaniaga Logistics', totalSen: 9000 });
    expect(order.lines.map((l) => [l.medicineLabel, l.quantity, l.dispensingUnit])).toEqual([
      ['paracetamol 500 mg tablet (Panadol)', 1000, 'tablet'],
      ['amoxicillin 250 mg capsule', 500, 'capsule'],
    ]);
    const next = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 100, unitCostSen: 3 }] });
    expect(Number(next.number.slice(3))).toBe(Number(order.number.slice(3)) + 1);
  });

  it('changes a draft freely, then is sent, and a sent order no longer changes', async () => {
    const draft = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 100, unitCostSen: 3 }, { medicineId: amoxicillin, quantity: 100, unitCostSen: 12 }] });
    const edited = await clinic.admin.purchasing.saveOrder({ id: draft.id, supplierId, note: 'Deliver before Friday', lines: [{ medicineId: amoxicillin, quantity: 200, unitCostSen: 11 }] });
    expect(edited.lines.map((l) => [l.medicineId, l.quantity])).toEqual([[amoxicillin, 200]]);
    expect(edited.totalSen).toBe(2200);
    const sent = await clinic.admin.purchasing.sendOrder({ id: draft.id });
    expect(sent.status).toBe('sent');
    expect(sent.sentAt).not.toBeNull();
    const refusal = await refusalDetailsOf(clinic.admin.purchasing.saveOrder({ id: draft.id, supplierId, lines: [{ medicineId: amoxicillin, quantity: 1, unitCostSen: 1 }] }));
    expect(refusal).toMatchObject({ code: 'PURCHASE_ORDER_WRONG_STATE', details: { number: draft.number, status: 'sent' } });
    expect(await refusalOf(clinic.admin.purchasing.sendOrder({ id: draft.id }))).toBe('PURCHASE_ORDER_WRONG_STATE');
    expect((await clinic.admin.purchasing.order({ id: draft.id })).lines[0].quantity).toBe(200);
  });

  it('cancels with a reason, once', async () => {
    const draft = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 100, unitCostSen: 3 }] });
    expect(await refusalOf(clinic.admin.purchasing.cancelOrder({ id: draft.id, reason: '' }))).toBe('VALIDATION_FAILED');
    expect((await clinic.admin.purchasing.cancelOrder({ id: draft.id, reason: 'Ordered by phone instead' })).status).toBe('cancelled');
    expect(await refusalOf(clinic.admin.purchasing.cancelOrder({ id: draft.id, reason: 'again' }))).toBe('PURCHASE_ORDER_WRONG_STATE');
    expect((await clinic.admin.purchasing.orders({ statuses: ['cancelled'] })).map((o) => o.id)).toContain(draft.id);
  });

  it('refuses an order to a retired supplier, a medicine that does not exist, part of a unit, or no lines — saving nothing', async () => {
    const retired = await clinic.admin.suppliers.save({ ...SUPPLIER, name: 'Gone Trading', active: false });
    const before = (await clinic.admin.purchasing.orders({})).length;
    expect(await refusalOf(clinic.admin.purchasing.saveOrder({ supplierId: retired.id, lines: [{ medicineId: paracetamol, quantity: 10, unitCostSen: 3 }] }))).toBe('SUPPLIER_INACTIVE');
    expect(await refusalOf(clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: '0195f7a2-0000-7000-8000-000000000000', quantity: 10, unitCostSen: 3 }] }))).toBe('NOT_FOUND');
    expect(await refusalOf(clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 2.5, unitCostSen: 3 }] }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.purchasing.saveOrder({ supplierId, lines: [] }))).toBe('VALIDATION_FAILED');
    expect((await clinic.admin.purchasing.orders({})).length).toBe(before);
  });

  it('is for those who manage stock only', async () => {
    expect(await refusalOf(clinic.reception.purchasing.orders({}))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 10, unitCostSen: 3 }] }))).toBe('FORBIDDEN');
  });

  it('makes one draft per supplier from the reorder list', async () => {
    const other = await clinic.admin.suppliers.save({ ...SUPPLIER, name: 'Zuellig Pharma' });
    const orders = await clinic.admin.purchasing.createOrdersFromReorder({
      rows: [
        { medicineId: paracetamol, supplierId, quantity: 1000, unitCostSen: 3 },
        { medicineId: amoxicillin, supplierId: other.id, quantity: 500, unitCostSen: 12 },
      ],
    });
    expect(orders.map((o) => [o.supplierName, o.status, o.lines.length])).toEqual([
      ['Pharmaniaga Logistics', 'draft', 1],
      ['Zuellig Pharma', 'draft', 1],
    ]);
  });

  it('prints the order for the supplier, read back with pdftotext', async () => {
    requirePoppler();
    const order = await clinic.admin.purchasing.saveOrder({ supplierId, lines: [{ medicineId: paracetamol, quantity: 1000, unitCostSen: 3 }, { medicineId: amoxicillin, quantity: 150, unitCostSen: 12 }] });
    await clinic.admin.purchasing.sendOrder({ id: order.id });
    const printed = await clinic.admin.purchasing.printOrder({ id: order.id });
    expect(printed.fileName).toBe(`${order.number}.pdf`);
    const text = (await readPdf(Buffer.from(printed.pdfBase64, 'base64'))).pages.join('\n');
    expect(text).toContain(`PURCHASE ORDER ${order.number}`);
    expect(text).toContain('Pharmaniaga Logistics');
    expect(text).toContain('60 days');
    expect(text).toMatch(/paracetamol 500 mg tablet \(Panadol\)\s+10 × 100 \(1000 tablet\)\s+RM\s?0\.03\s+RM\s?30\.00/);
    expect(text).toMatch(/amoxicillin 250 mg capsule\s+150 capsule\s+RM\s?0\.12\s+RM\s?18\.00/);
    expect(text).toMatch(/Total: RM\s?48\.00/);
  });
});
