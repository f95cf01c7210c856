import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf } from '../../../../tests/support/test-hub';
import { stockKey } from '../stock';

const clinic = clinicForTests(() => clinicWithReceptionist());

const HEADER = 'Item code,Generic,Strength,Batch,Expiry,Qty,Cost (RM),Shelf';
const MAPPING = { code: 'Item code', generic: 'Generic', strength: 'Strength', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost (RM)', shelf: 'Shelf' };

/** Opening stock through the import, the way a clinic starts: each test uses its own batch numbers. */
async function openingStock(rows: string[]) {
  return clinic.admin.stockTake.openingStockCommit({ csv: [HEADER, ...rows].join('\n'), mapping: MAPPING, hasHeader: true });
}

async function batchesOf(code: string) {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  const medicine = (await clinic.admin.medicines.list({ includeRetired: true })).find((m) => m.code === code);
  if (!medicine) throw new Error(`no medicine ${code}`);
  return { open, medicineId: medicine.id, batches: await open.work.run(null, (uow) => open.services.of(stockKey).stock.batches(uow, medicine.id, { includeEmpty: true })) };
}

describe('stock take', () => {
  it('freezes one shelf, counts it, reports the variance at cost and posts the differences as adjustments', async () => {
    await openingStock(['PCM500,,,ST-P1,2027-06-30,100,0.12,T-01', 'AMX250,,,ST-A1,2027-03-31,50,0.40,T-01', 'IBU200,,,ST-I1,2027-03-31,30,0.10,T-02']);
    const sheet = await clinic.admin.stockTake.start({ shelf: 't-01' });
    expect(sheet.number).toMatch(/^ST-\d{6}$/);
    expect(sheet.lines.map((l) => [l.batchNo, l.expected, l.counted])).toEqual([
      ['ST-A1', 50, null],
      ['ST-P1', 100, null],
    ]);
    const [amoxicillin, paracetamol] = sheet.lines;
    await clinic.admin.stockTake.recordCount({ lineId: paracetamol.id, counted: 97 });
    expect(await refusalDetailsOf(clinic.admin.stockTake.post({ id: sheet.id }))).toEqual({ code: 'STOCK_TAKE_NOT_ALL_COUNTED', details: { uncounted: 1, number: sheet.number } });
    await clinic.admin.stockTake.recordCount({ lineId: amoxicillin.id, counted: 52 });

    const counted = await clinic.admin.stockTake.sheet({ id: sheet.id });
    expect(counted.lines.map((l) => [l.batchNo, l.varianceUnits, l.varianceSen])).toEqual([
      ['ST-A1', 2, 80],
      ['ST-P1', -3, -36],
    ]);
    expect(counted.totals).toEqual({ overUnits: 2, overSen: 80, shortUnits: 3, shortSen: 36, netSen: 44 });

    const posted = await clinic.admin.stockTake.post({ id: sheet.id });
    expect(posted.status).toBe('posted');
    expect(posted.totals.netSen).toBe(44);
    expect((await batchesOf('PCM500')).batches.find((b) => b.batchNo === 'ST-P1')?.onHand).toBe(97);
    expect((await batchesOf('AMX250')).batches.find((b) => b.batchNo === 'ST-A1')?.onHand).toBe(52);
    expect((await batchesOf('IBU200')).batches.find((b) => b.batchNo === 'ST-I1')?.onHand).toBe(30);
    const { open, batches } = await batchesOf('PCM500');
    const batchId = batches.find((b) => b.batchNo === 'ST-P1')?.id;
    const movements = await open.work.run(null, (uow) => open.services.of(stockKey).stock.movements(uow, { batchId }));
    expect(movements.filter((m) => m.reference.kind === 'stock-take').map((m) => [m.quantity, m.reason, m.reference.label])).toEqual([[-3, 'count-difference', sheet.number]]);
    expect(movements.filter((m) => m.reference.kind === 'opening-stock').map((m) => m.quantity)).toEqual([100]);
  });

  it('refuses a second posting and any count after it, changing nothing', async () => {
    await openingStock(['AZI250,,,ST-Z1,2027-06-30,6,2.00,T-09']);
    const sheet = await clinic.admin.stockTake.start({ shelf: 'T-09' });
    await clinic.admin.stockTake.recordCount({ lineId: sheet.lines[0].id, counted: 5 });
    await clinic.admin.stockTake.post({ id: sheet.id });
    expect(await refusalOf(clinic.admin.stockTake.post({ id: sheet.id }))).toBe('STOCK_TAKE_ALREADY_POSTED');
    expect(await refusalOf(clinic.admin.stockTake.recordCount({ lineId: sheet.lines[0].id, counted: 6 }))).toBe('STOCK_TAKE_ALREADY_POSTED');
    expect((await batchesOf('AZI250')).batches.find((b) => b.batchNo === 'ST-Z1')?.onHand).toBe(5);
  });

  it('takes what was dispensed between the freeze and the posting out of the expected count', async () => {
    await openingStock(['PCM500,,,ST-D1,2027-08-31,40,0.12,T-03']);
    const sheet = await clinic.admin.stockTake.start({ shelf: 'T-03' });
    const { open, medicineId, batches } = await batchesOf('PCM500');
    const batchId = batches.find((b) => b.batchNo === 'ST-D1')?.id ?? '';
    await open.work.run(null, (uow) => open.services.of(stockKey).stock.issue(uow, { medicineId, quantity: 10, takes: [{ batchId, quantity: 10 }], kind: 'sale', reference: { kind: 'otc-sale', id: null, label: 'test' } }));
    // The shelf holds 30 after the sale: no difference, no adjustment.
    await clinic.admin.stockTake.recordCount({ lineId: sheet.lines[0].id, counted: 30 });
    const counted = await clinic.admin.stockTake.sheet({ id: sheet.id });
    expect(counted.lines[0]).toMatchObject({ expected: 40, movedSinceFreeze: -10, counted: 30, varianceUnits: 0 });
    await clinic.admin.stockTake.post({ id: sheet.id });
    expect((await batchesOf('PCM500')).batches.find((b) => b.batchNo === 'ST-D1')?.onHand).toBe(30);
  });

  it('is counted by stock keepers only, and refuses a shelf with nothing on it', async () => {
    expect(await refusalOf(clinic.reception.stockTake.start({ shelf: null }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.stockTake.list())).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.stockTake.start({ shelf: 'NO-SUCH-SHELF' }))).toBe('STOCK_TAKE_NOTHING_TO_COUNT');
    const sheet = await clinic.admin.stockTake.start({ shelf: null });
    expect(sheet.lines.length).toBeGreaterThan(0);
    const cancelled = await clinic.admin.stockTake.cancel({ id: sheet.id });
    expect(cancelled.status).toBe('cancelled');
    expect(await refusalOf(clinic.admin.stockTake.post({ id: sheet.id }))).toBe('STOCK_TAKE_CANCELLED');
  });
});

describe('opening stock import', () => {
  it('previews rejected rows with why, and refuses the whole file while any row is wrong', async () => {
    const csv = [HEADER, 'PCM500,,,OS-1,2027-06-30,100,0.12,A-01', ',amoxicillin,250 mg,OS-2,31/03/2027,50,0.40,', 'NOPE,,,OS-3,2027-06-30,1,1,', 'PCM500,,,OS-4,2020-01-01,5,x,'].join('\n');
    const preview = await clinic.admin.stockTake.openingStockPreview({ csv, mapping: MAPPING, hasHeader: true });
    expect(preview).toMatchObject({ rows: 4, valid: 2, valueSen: 100 * 12 + 50 * 40 });
    expect(preview.rejected.map((r) => [r.row, r.rejections.map((x) => x.reason)])).toEqual([
      [4, ['unknownMedicine']],
      [5, ['expired', 'badCost']],
    ]);
    expect(await refusalDetailsOf(clinic.admin.stockTake.openingStockCommit({ csv, mapping: MAPPING, hasHeader: true }))).toEqual({ code: 'OPENING_STOCK_ROWS_REJECTED', details: { rejected: 2, rows: 4 } });
    expect((await batchesOf('PCM500')).batches.some((b) => b.batchNo === 'OS-1')).toBe(false);
  });

  it('receives a good file as batches, and only for stock keepers', async () => {
    const csv = [HEADER, 'PCM500,,,OS-5,2027-06-30,100,0.12,A-01', ',amoxicillin,250 mg,OS-6,31/03/2027,50,RM0.40,'].join('\n');
    expect(await refusalOf(clinic.reception.stockTake.openingStockCommit({ csv, mapping: MAPPING, hasHeader: true }))).toBe('FORBIDDEN');
    expect(await clinic.admin.stockTake.openingStockCommit({ csv, mapping: MAPPING, hasHeader: true })).toEqual({ received: 2, valueSen: 3200 });
    const batch = (await batchesOf('AMX250')).batches.find((b) => b.batchNo === 'OS-6');
    expect(batch).toMatchObject({ expiryDate: '2027-03-31', unitCostSen: 40, onHand: 50, shelf: null });
  });
});
