import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { AppError } from '../../errors/app-error';
import type { StockReference } from '../../../shared/schemas/stock';
import type { UnitOfWork } from '../../work/unit-of-work';
import { stockKey } from './key';
import type { StockService } from './stock-service';

let clock = new Date('2026-12-05T02:00:00Z');
const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  const pharmacist = (await userWithRoles(testHub, admin, 'siti', ['pharmacist'])).caller;
  const medicines = await admin.medicines.list({ includeRetired: false });
  const idOf = (code: string) => medicines.find((m) => m.code === code)!.id;
  const aminah = (await admin.users.list()).find((u) => u.username === 'aminah')!;
  return { testHub, admin, reception, pharmacist, actor: { userId: aminah.id, name: aminah.displayName }, paracetamol: idOf('PCM500'), amoxicillin: idOf('AMX500'), syrup: idOf('PCM120S'), amox250: idOf('AMX250') };
});

const GRN: StockReference = { kind: 'goods-received', id: null, label: 'GRN-1' };
const DISPENSING: StockReference = { kind: 'dispensing', id: null, label: 'Rx 1' };

function withStock<T>(work: (stock: StockService, uow: UnitOfWork) => Promise<T>): Promise<T> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  return open.work.run(clinic.actor, (uow) => work(open.services.of(stockKey).stock, uow));
}

const receive = (medicineId: string, batchNo: string, expiryDate: string, quantity: number, unitCostSen = 10) =>
  withStock((stock, uow) => stock.receive(uow, { medicineId, batchNo, expiryDate, quantity, unitCostSen, reference: GRN }));

/** What the service refuses with, as the caller module sees it (refusalOf reads the API's errors). */
async function refused(call: Promise<unknown>): Promise<{ code: string; details: unknown } | null> {
  try {
    await call;
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
}
const refusedCode = async (call: Promise<unknown>) => (await refused(call))?.code ?? null;

const onHandOf = async (medicineId: string) => (await withStock((stock, uow) => stock.onHand(uow, [medicineId]))).get(medicineId);

describe('stock by batch', () => {
  it('issues first-expiry-first-out across batches, and records each batch’s movement', async () => {
    const id = clinic.paracetamol;
    const late = await receive(id, 'P-LATE', '2027-09-30', 50, 8);
    const soon = await receive(id, 'P-SOON', '2027-01-31', 5, 12);
    const takes = await withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 8, kind: 'dispense', reference: DISPENSING }));
    expect(takes).toEqual([
      { batchId: soon.id, batchNo: 'P-SOON', expiryDate: '2027-01-31', quantity: 5, unitCostSen: 12 },
      { batchId: late.id, batchNo: 'P-LATE', expiryDate: '2027-09-30', quantity: 3, unitCostSen: 8 },
    ]);
    expect(await onHandOf(id)).toEqual({ usable: 47, expired: 0 });
    const batches = await withStock((stock, uow) => stock.batches(uow, id, { includeEmpty: true }));
    expect(batches.map((b) => [b.batchNo, b.onHand])).toEqual([['P-SOON', 0], ['P-LATE', 47]]);
    const history = await clinic.pharmacist.stock.movements({ medicineId: id });
    expect(history.map((m) => [m.batchNo, m.kind, m.quantity, m.reference.label])).toEqual(
      expect.arrayContaining([['P-SOON', 'dispense', -5, 'Rx 1'], ['P-LATE', 'dispense', -3, 'Rx 1'], ['P-SOON', 'receipt', 5, 'GRN-1'], ['P-LATE', 'receipt', 50, 'GRN-1']]),
    );
    // A cancelled dispensing gives back to the same batches, and the usage nets it out.
    await withStock((stock, uow) => stock.reverse(uow, takes, DISPENSING));
    expect(await onHandOf(id)).toEqual({ usable: 55, expired: 0 });
    expect((await withStock((stock, uow) => stock.usage(uow, 30))).get(id)).toBe(0);
  });

  it('refuses more than usable stock with the medicine and what is available, taking nothing', async () => {
    const id = clinic.amoxicillin;
    await receive(id, 'A-1', '2027-05-31', 4);
    await receive(id, 'A-2', '2027-06-30', 3);
    const refusal = await refused(withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 8, kind: 'sale', reference: DISPENSING })));
    expect(refusal).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { medicine: 'amoxicillin 500 mg capsule (Amoxil)', available: 7 } });
    expect(await onHandOf(id)).toEqual({ usable: 7, expired: 0 });
    expect((await clinic.pharmacist.stock.movements({ medicineId: id })).map((m) => m.kind)).toEqual(['receipt', 'receipt']);
    expect(await refusedCode(withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 1.5, kind: 'sale', reference: DISPENSING })))).toBe('QUANTITY_NOT_WHOLE');
    expect(await refusedCode(withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 0, kind: 'sale', reference: DISPENSING })))).toBe('QUANTITY_NOT_WHOLE');
  });

  it('adds a repeat delivery of the same batch to it, with bonus units on a movement at no cost', async () => {
    const id = clinic.amox250;
    const first = await receive(id, 'B-7', '2027-08-31', 100, 20);
    const again = await withStock((stock, uow) => stock.receive(uow, { medicineId: id, batchNo: 'B-7', expiryDate: '2027-08-31', quantity: 50, bonusQuantity: 10, unitCostSen: 20, shelf: 'A3', reference: GRN }));
    expect(again).toMatchObject({ id: first.id, onHand: 160, unitCostSen: 20, shelf: 'A3', expired: false });
    const receipts = (await clinic.pharmacist.stock.movements({ batchId: first.id })).map((m) => [m.quantity, m.unitCostSen]);
    expect(receipts).toEqual(expect.arrayContaining([[100, 20], [50, 20], [10, 0]]));
    expect(await refusedCode(receive(id, 'OLD', '2026-12-04', 10))).toBe('BATCH_ALREADY_EXPIRED');
    expect(await refusedCode(receive(id, 'X', '2027-01-01', 2.5))).toBe('QUANTITY_NOT_WHOLE');
  });

  it('never gives out an expired batch: it counts as expired, not usable, and leaves only by write-off with a reason', async () => {
    const id = clinic.syrup;
    const shortDated = await receive(id, 'S-OLD', '2026-12-31', 6);
    const good = await receive(id, 'S-NEW', '2027-12-31', 2);
    clock = new Date('2027-01-02T02:00:00Z');
    try {
      expect(await onHandOf(id)).toEqual({ usable: 2, expired: 6 });
      expect(await refusedCode(withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 3, kind: 'dispense', reference: DISPENSING })))).toBe('INSUFFICIENT_STOCK');
      expect(await refusedCode(withStock((stock, uow) => stock.issue(uow, { medicineId: id, quantity: 1, takes: [{ batchId: shortDated.id, quantity: 1 }], kind: 'dispense', reference: DISPENSING })))).toBe('BATCH_EXPIRED');
      expect(await refusedCode(withStock((stock, uow) => stock.plan(uow, id, 1, { batchId: shortDated.id })))).toBe('BATCH_EXPIRED');
      expect(await withStock((stock, uow) => stock.plan(uow, id, 3))).toMatchObject({ takes: [{ batchId: good.id, quantity: 2 }], shortBy: 1 });
      expect(await refusedCode(withStock((stock, uow) => stock.writeOff(uow, { batchId: shortDated.id, reason: 'expired', note: '  ' })))).toBe('VALIDATION_FAILED');
      await withStock((stock, uow) => stock.writeOff(uow, { batchId: shortDated.id, reason: 'expired', note: 'expired on the shelf' }));
      expect(await onHandOf(id)).toEqual({ usable: 2, expired: 0 });
      // Through the service: an API call a month on would find the pharmacist's screen locked.
      const [writeOff] = await withStock((stock, uow) => stock.movements(uow, { batchId: shortDated.id }));
      expect(writeOff).toMatchObject({ kind: 'write-off', quantity: -6, reason: 'expired', note: 'expired on the shelf', userName: 'Dr Aminah' });
    } finally {
      clock = new Date('2026-12-05T02:00:00Z');
    }
  });
});

describe('stock through the API', () => {
  it('adjusts with a reason and the stock.adjust permission, never below zero, audited', async () => {
    const id = clinic.paracetamol;
    const batch = await receive(id, 'P-ADJ', '2027-11-30', 10);
    expect(await refusalOf(clinic.reception.stock.adjust({ batchId: batch.id, change: -1, reason: 'damaged', note: 'dropped' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.pharmacist.stock.adjust({ batchId: batch.id, change: -1, reason: 'damaged', note: '' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.pharmacist.stock.adjust({ batchId: batch.id, change: 0.5, reason: 'found', note: 'x' }))).toBe('VALIDATION_FAILED');
    expect(await refusalDetailsOf(clinic.pharmacist.stock.adjust({ batchId: batch.id, change: -11, reason: 'count-difference', note: 'counted' }))).toMatchObject({ code: 'STOCK_BELOW_ZERO', details: { batchNo: 'P-ADJ', onHand: 10 } });
    await clinic.pharmacist.stock.adjust({ batchId: batch.id, change: -2, reason: 'damaged', note: 'two strips crushed' });
    expect((await clinic.pharmacist.stock.batches({ medicineId: id })).find((b) => b.id === batch.id)?.onHand).toBe(8);
    expect(await clinic.admin.audit.list({ action: 'stock.adjust', entityId: batch.id })).toHaveLength(1);
    expect(await refusalOf(clinic.pharmacist.stock.writeOff({ batchId: '01900000-0000-7000-8000-000000000000', reason: 'damaged', note: 'gone' }))).toBe('BATCH_NOT_FOUND');
  });

  it('lists items with usable stock and values them at each batch’s own cost', async () => {
    const valuation = await clinic.pharmacist.stock.valuation();
    const batches = await Promise.all([clinic.paracetamol, clinic.amoxicillin, clinic.amox250, clinic.syrup].map((medicineId) => clinic.pharmacist.stock.batches({ medicineId })));
    const expected = batches.flat().reduce((sum, b) => sum + b.onHand * b.unitCostSen, 0);
    expect(valuation.totalSen).toBe(expected);
    const items = await clinic.pharmacist.stock.items({ query: 'amoxicillin caps', filter: 'all' });
    expect(items.map((i) => [i.label, i.usable])).toEqual([['amoxicillin 250 mg capsule', 160], ['amoxicillin 500 mg capsule (Amoxil)', 7]]);
    expect((await clinic.pharmacist.stock.items({ filter: 'expiring', days: 60 })).map((i) => [i.label, i.nextExpiry])).toEqual([['paracetamol 500 mg tablet (Panadol)', '2027-01-31']]);
    expect(await refusalOf(clinic.reception.stock.items({ filter: 'all' }))).toBe('FORBIDDEN');
    const expiring = await clinic.pharmacist.stock.expiring({ days: 60 });
    expect(expiring.map((b) => [b.batchNo, b.onHand, b.label])).toEqual([['P-SOON', 5, 'paracetamol 500 mg tablet (Panadol)']]);
  });
});
