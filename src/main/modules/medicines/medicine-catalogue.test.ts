import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { SaveMedicineInput } from '../../../shared/schemas/medicines';
import { medicinesKey } from './key';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  return { testHub, admin, reception, doctor, open };
});

const DIAZEPAM: SaveMedicineInput = {
  code: 'DZP5',
  generic: 'diazepam',
  brand: 'Valium',
  form: 'tablet',
  strength: '5 mg',
  strengthValue: 5,
  strengthUnit: 'mg',
  perVolumeMl: null,
  dispensingUnit: 'tablet',
  route: 'oral',
  defaultDoseValue: null,
  defaultDoseUnit: null,
  defaultFrequency: null,
  defaultDurationDays: null,
  drugClass: 'Benzodiazepines',
  packSize: 100,
  childMinMgPerKgDay: null,
  childMaxMgPerKgDay: null,
  active: true,
  legalClass: 'psychotropic',
  registrationNo: 'mal 1999 0766 az',
  storage: 'room',
  reorderLevel: 50,
  reorderQuantity: 200,
  costSen: 12,
  taxCode: null,
  barcodes: ['9555001234567', '0012345678905'],
};

const SYRINGE: SaveMedicineInput = {
  ...DIAZEPAM,
  code: 'SYR3',
  generic: 'syringe 3 ml',
  brand: 'Terumo',
  form: 'other',
  strength: '3 ml',
  strengthValue: null,
  strengthUnit: null,
  dispensingUnit: 'unit',
  route: 'SC',
  drugClass: null,
  itemKind: 'consumable',
  legalClass: 'otc',
  registrationNo: null,
  barcodes: ['4987350390101'],
};

describe('the pharmacy catalogue', () => {
  it('keeps legal class, MAL number as printed, storage, reorder level, cost and barcodes; a scanner finds the item', async () => {
    const saved = await clinic.admin.medicines.save(DIAZEPAM);
    expect(saved).toMatchObject({ itemKind: 'medicine', legalClass: 'psychotropic', registrationNo: 'MAL19990766AZ', storage: 'room', reorderLevel: 50, reorderQuantity: 200, costSen: 12, taxCode: null, barcodes: ['0012345678905', '9555001234567'] });
    expect(await clinic.doctor.medicines.get({ id: saved.id })).toEqual(saved);
    expect((await clinic.reception.medicines.byBarcode({ code: '0012345678905' }))?.id).toBe(saved.id);
    expect(await clinic.reception.medicines.byBarcode({ code: '0000000000000' })).toBeNull();
    const [inList] = (await clinic.admin.medicines.list()).filter((m) => m.id === saved.id);
    expect(inList.barcodes).toEqual(saved.barcodes);
    const byIds = await clinic.open.work.run(null, (uow) => clinic.open.services.of(medicinesKey).medicines.byIds(uow, [saved.id, saved.id]));
    expect(byIds).toEqual([saved]);
  });

  it('refuses a registration number that is not MAL + 8 digits + A/X/T/N/H, a barcode another item has, or a negative cost, saving nothing', async () => {
    const badMal = await refusalDetailsOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', registrationNo: 'MAL1234567A', barcodes: [] }));
    expect(badMal).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: ['registrationNo'] } });
    expect(await refusalDetailsOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', barcodes: ['9555001234567'] }))).toMatchObject({
      code: 'MEDICINE_BARCODE_TAKEN',
      details: { barcode: '9555001234567', generic: 'diazepam' },
    });
    expect(await refusalOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', barcodes: [], costSen: -1 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', barcodes: [], costSen: 1.5 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', barcodes: [], reorderLevel: 2.5 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP2', barcodes: [], legalClass: 'Group C' as 'pharmacy' }))).toBe('VALIDATION_FAILED');
    expect(await clinic.doctor.medicines.search({ query: 'DZP2' })).toEqual([]);
  });

  it('sells at the panel’s price when it has one, else walk-in, else no price; prices only from clinic managers', async () => {
    const panel = await clinic.admin.panels.save({ code: 'medisafe', name: 'MediSafe TPA', kind: 'tpa', active: true });
    const other = await clinic.admin.panels.save({ code: 'govcare', name: 'GovCare', kind: 'corporate', active: true });
    const unpriced = await clinic.admin.medicines.save({ ...DIAZEPAM, code: 'DZP10', strength: '10 mg', strengthValue: 10, barcodes: [] });
    const medicines = clinic.open.services.of(medicinesKey).medicines;
    const priceFor = (panelId: string | null) => clinic.open.work.run(null, (uow) => medicines.priceFor(uow, unpriced.id, panelId));
    expect(await priceFor(null)).toBeNull();
    expect(await priceFor(panel.id)).toBeNull();

    const priced = await clinic.admin.medicines.save({ ...unpriced, prices: [{ tier: 'walk-in', priceSen: 50 }, { tier: panel.id, priceSen: 35 }] });
    expect(await priceFor(null)).toBe(50);
    expect(await priceFor(panel.id)).toBe(35);
    expect(await priceFor(other.id)).toBe(50);
    expect(await clinic.reception.medicines.prices({ id: unpriced.id })).toEqual([
      { tier: 'walk-in', panelName: null, priceSen: 50 },
      { tier: panel.id, panelName: 'MediSafe TPA', priceSen: 35 },
    ]);
    // A save without prices keeps them; a price list given replaces them.
    const kept = await clinic.admin.medicines.save({ ...priced, reorderLevel: 10 });
    expect(await priceFor(panel.id)).toBe(35);
    await clinic.admin.medicines.save({ ...kept, prices: [{ tier: panel.id, priceSen: 40 }] });
    expect(await priceFor(null)).toBeNull();
    expect(await priceFor(panel.id)).toBe(40);

    expect(await refusalOf(clinic.doctor.medicines.save({ ...kept, version: 3, prices: [] }))).toBe('FORBIDDEN');
    expect(await refusalDetailsOf(clinic.admin.medicines.save({ ...kept, version: 3, prices: [{ tier: '0190a0b0-0000-7000-8000-000000000000', priceSen: 1 }] }))).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'panel' } });
    expect(await refusalOf(clinic.admin.medicines.save({ ...kept, version: 3, prices: [{ tier: 'walk-in', priceSen: 1 }, { tier: 'walk-in', priceSen: 2 }] }))).toBe('VALIDATION_FAILED');
    const audit = await clinic.admin.audit.list({ actions: ['medicine.update'] });
    const last = audit.find((entry) => entry.entityId === unpriced.id);
    expect(last).toMatchObject({
      before: { prices: [{ tier: 'walk-in', priceSen: 50 }, { tier: panel.id, priceSen: 35 }] },
      after: { prices: [{ tier: panel.id, panelName: 'MediSafe TPA', priceSen: 40 }] },
    });
  });

  it('stocks consumables without offering them for prescribing', async () => {
    const syringe = await clinic.admin.medicines.save(SYRINGE);
    expect(syringe).toMatchObject({ itemKind: 'consumable', legalClass: 'otc' });
    expect(await clinic.doctor.medicines.search({ query: 'syringe' })).toEqual([]);
    expect(await clinic.doctor.medicines.search({ query: 'SYR3' })).toEqual([]);
    expect((await clinic.reception.medicines.byBarcode({ code: '4987350390101' }))?.id).toBe(syringe.id);
  });

  it('holds a medicine saved without the pharmacy fields as a pharmacy poison kept at room temperature', async () => {
    const { legalClass: _l, registrationNo: _r, storage: _s, reorderLevel: _rl, reorderQuantity: _rq, costSen: _c, taxCode: _t, barcodes: _b, ...plain } = DIAZEPAM;
    const saved = await clinic.admin.medicines.save({ ...plain, code: 'DZP2P', strength: '2 mg', strengthValue: 2 });
    expect(saved).toMatchObject({ itemKind: 'medicine', legalClass: 'pharmacy', storage: 'room', registrationNo: null, reorderLevel: null, costSen: null, barcodes: [] });
  });
});
