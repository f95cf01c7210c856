import { describe, expect, it } from 'vitest';
import type { Medicine } from '../../../shared/schemas/medicines';
import type { OpeningStockField } from '../../../shared/schemas/opening-stock';
import { expiryOf, MedicineFinder, openingBatchOf } from './opening-stock-rows';

const medicine = (id: string, code: string | null, generic: string, strength: string, form: Medicine['form']) => ({ id, code, generic, strength, form }) as Medicine;
const finder = new MedicineFinder([
  medicine('m1', 'PCM500', 'paracetamol', '500 mg', 'tablet'),
  medicine('m2', null, 'amoxicillin', '250 mg/5 ml', 'suspension'),
  medicine('m3', 'PCM500S', 'paracetamol', '500 mg', 'suppository'),
]);
const TODAY = '2026-12-05';
const cells = (fields: Partial<Record<OpeningStockField, string>>): Record<OpeningStockField, string> => ({ code: '', generic: '', strength: '', batchNo: 'B1', expiryDate: '2027-06-30', quantity: '100', unitCost: '0.12', shelf: '', ...fields });

describe('opening stock rows', () => {
  it('reads a batch named by medicine code, with cost in ringgit as sen', () => {
    const outcome = openingBatchOf(2, cells({ code: 'pcm500', unitCost: 'RM 1.50', shelf: 'A-01' }), finder, TODAY);
    expect('batch' in outcome && outcome.batch).toEqual({ medicineId: 'm1', batchNo: 'B1', expiryDate: '2027-06-30', quantity: 100, unitCostSen: 150, shelf: 'A-01' });
  });

  it('finds a medicine by generic name and strength as printed, and refuses one that two forms share', () => {
    const found = openingBatchOf(3, cells({ generic: 'Amoxicillin', strength: '250mg/5ml', expiryDate: '31/03/2027' }), finder, TODAY);
    expect('batch' in found && found.batch.medicineId).toBe('m2');
    expect('batch' in found && found.batch.expiryDate).toBe('2027-03-31');
    const twoForms = openingBatchOf(4, cells({ generic: 'paracetamol', strength: '500 mg' }), finder, TODAY);
    expect(twoForms.shown.rejections.map((r) => r.reason)).toEqual(['ambiguousMedicine']);
  });

  it('says every reason a row cannot be received', () => {
    const outcome = openingBatchOf(5, cells({ code: 'NOPE', batchNo: '', expiryDate: '2026-12-04', quantity: '2.5', unitCost: 'free' }), finder, TODAY);
    expect('batch' in outcome).toBe(false);
    expect(outcome.shown.rejections.map((r) => `${r.field}:${r.reason}`)).toEqual(['code:unknownMedicine', 'batchNo:missing', 'expiryDate:expired', 'quantity:badQuantity', 'unitCost:badCost']);
    expect(openingBatchOf(6, cells({ code: 'PCM500', quantity: '0' }), finder, TODAY).shown.rejections.map((r) => r.reason)).toEqual(['badQuantity']);
    expect(openingBatchOf(7, cells({ code: 'PCM500', expiryDate: '31/02/2027' }), finder, TODAY).shown.rejections.map((r) => r.reason)).toEqual(['badDate']);
  });

  it('reads expiry dates ISO or day first, and nothing else', () => {
    expect(expiryOf('2027-01-09')).toBe('2027-01-09');
    expect(expiryOf('9.1.2027')).toBe('2027-01-09');
    expect(expiryOf('01/2027')).toBeNull();
    expect(expiryOf('2027-13-01')).toBeNull();
  });
});
