import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import type { SaveInteractionPairInput, SaveMedicineInput } from '../../../shared/schemas/medicines';
import { medicinesKey } from './key';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  return { testHub, admin, reception, doctor, open };
});

const CEFALEXIN: SaveMedicineInput = {
  code: 'cfx250',
  generic: 'Cefalexin',
  brand: 'Keflex',
  form: 'capsule',
  strength: '250 mg',
  strengthValue: 250,
  strengthUnit: 'mg',
  perVolumeMl: null,
  dispensingUnit: 'capsule',
  route: 'oral',
  defaultDoseValue: 500,
  defaultDoseUnit: 'mg',
  defaultFrequency: 'QID',
  defaultDurationDays: 5,
  drugClass: 'Cephalosporins',
  packSize: 100,
  childMinMgPerKgDay: null,
  childMaxMgPerKgDay: null,
  active: true,
};

describe('the medicine master', () => {
  it('starts a new clinic with a GP starter list, warfarin + NSAIDs among the clinic’s interaction pairs', async () => {
    const all = await clinic.doctor.medicines.list();
    expect(all.map((m) => m.generic)).toEqual(expect.arrayContaining(['paracetamol', 'amoxicillin', 'ibuprofen', 'warfarin', 'salbutamol']));
    expect(all.find((m) => m.code === 'AMX500')).toMatchObject({ drugClass: 'Penicillins', defaultFrequency: 'TDS', strengthValue: 500, strengthUnit: 'mg' });
    expect(all.find((m) => m.code === 'PCM120S')).toMatchObject({ strengthValue: 120, perVolumeMl: 5, dispensingUnit: 'ml', childMinMgPerKgDay: 40, childMaxMgPerKgDay: 60 });
    const pairs = await clinic.open.work.run(null, (uow) => clinic.open.services.of(medicinesKey).interactionPairs.clinicPairs(uow));
    expect(pairs).toEqual([expect.objectContaining({ a: expect.objectContaining({ drugs: ['warfarin'] }), b: expect.objectContaining({ class: 'NSAIDs' }), severity: 'high', source: 'clinic' })]);
    expect(Object.keys(pairs[0]).sort()).toEqual(['a', 'b', 'effect', 'id', 'management', 'severity', 'source']);
  });

  it('saves a medicine for clinic managers only, with a unique code, and refuses a dose with no unit', async () => {
    const saved = await clinic.admin.medicines.save(CEFALEXIN);
    expect(saved).toMatchObject({ code: 'CFX250', generic: 'cefalexin', version: 1 });
    expect(await clinic.doctor.medicines.get({ id: saved.id })).toEqual(saved);
    expect(await refusalOf(clinic.reception.medicines.save({ ...CEFALEXIN, code: 'CFX500' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.doctor.medicines.save({ ...CEFALEXIN, code: 'CFX500' }))).toBe('FORBIDDEN');
    expect(await refusalDetailsOf(clinic.admin.medicines.save({ ...CEFALEXIN, strength: '500 mg' }))).toMatchObject({ code: 'MEDICINE_CODE_TAKEN', details: { code: 'CFX250', generic: 'cefalexin' } });
    const noUnit = await refusalDetailsOf(clinic.admin.medicines.save({ ...CEFALEXIN, code: 'CFX-X', defaultDoseUnit: null }));
    expect(noUnit).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: ['defaultDoseUnit'] } });
    expect(await refusalOf(clinic.admin.medicines.save({ ...CEFALEXIN, code: 'CFX-Y', form: 'lozenge' as 'tablet' }))).toBe('VALIDATION_FAILED');
    expect((await clinic.admin.medicines.list()).filter((m) => m.generic === 'cefalexin')).toHaveLength(1);
  });

  it('tells the second of two editors that the first changed the medicine, and keeps the first’s change', async () => {
    const saved = await clinic.admin.medicines.save({ ...CEFALEXIN, code: 'CFX125S', form: 'suspension', strength: '125 mg/5 ml', strengthValue: 125, perVolumeMl: 5, dispensingUnit: 'ml' });
    const first = await clinic.admin.medicines.save({ ...saved, packSize: 60 });
    expect(first.version).toBe(2);
    expect(await refusalDetailsOf(clinic.admin.medicines.save({ ...saved, packSize: 100 }))).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale' } });
    expect((await clinic.admin.medicines.get({ id: saved.id })).packSize).toBe(60);
    expect(await refusalOf(clinic.admin.medicines.save({ ...CEFALEXIN, id: saved.id, code: 'CFX125S' }))).toBe('VALIDATION_FAILED');
  });

  it('retires a medicine: gone from prescribing search and the default list, kept for the record', async () => {
    const saved = await clinic.admin.medicines.save({ ...CEFALEXIN, code: 'OLDCFX', brand: 'Oldkef', strength: '125 mg' });
    expect((await clinic.doctor.medicines.search({ query: 'oldkef' })).map((m) => m.id)).toEqual([saved.id]);
    await clinic.admin.medicines.save({ ...saved, active: false });
    expect(await clinic.doctor.medicines.search({ query: 'oldkef' })).toEqual([]);
    expect((await clinic.admin.medicines.list()).some((m) => m.id === saved.id)).toBe(false);
    expect((await clinic.admin.medicines.list({ includeRetired: true })).find((m) => m.id === saved.id)?.active).toBe(false);
  });

  it('searches by code, generic, brand and strength, exact code first, then generic starts, then brand starts', async () => {
    const search = async (query: string) => (await clinic.reception.medicines.search({ query })).map((m) => `${m.generic} ${m.strength}`);
    expect((await search('amox'))[0]).toMatch(/^amoxicillin/);
    expect(await search('amox 500')).toEqual(['amoxicillin 500 mg']);
    expect(await search('amoxil')).toEqual(['amoxicillin 500 mg']);
    expect(await search('IBU400')).toEqual(['ibuprofen 400 mg']);
    expect(await search('nurofen')).toEqual(['ibuprofen 100 mg/5 ml']);
    // "pan": paracetamol's brand Panadol starts with it, and so does pantoprazole's generic, which ranks first.
    await clinic.admin.medicines.save({ ...CEFALEXIN, code: 'PAN40', generic: 'pantoprazole', brand: 'Controloc', strength: '40 mg', drugClass: 'Proton pump inhibitors' });
    expect(await search('pan')).toEqual(['pantoprazole 40 mg', 'paracetamol 500 mg']);
    // A word inside a name matches too (a brand's second word), an infix does not.
    expect(await search('children')).toEqual(['ibuprofen 100 mg/5 ml']);
    expect(await search('moxic')).toEqual([]);
    expect(await search('100%')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });
});

const CSV = [
  'Code,Generic,Brand,Form,Strength,Route,Dose,Frequency,Days,Class,Pack',
  'MEF250,Mefenamic acid,Ponstan,cap,250 mg,PO,500 mg,TDS,3,NSAIDs,100',
  'PRED5,prednisolone,,tab,5 mg,oral,30 mg,OM,5,Corticosteroids,"1,000"',
  'XX1,,NoGeneric,tab,5 mg,oral,,,,,',
  'XX2,loperamide,Imodium,lozenge,2 mg,oral,,,,,',
  'XX3,loperamide,Imodium,cap,2 mg,by mouth,,,,,',
  'XX4,loperamide,Imodium,cap,2 mg,oral,4 mg,five times,,,',
  'XX5,loperamide,Imodium,cap,two mg,oral,,,,,',
  'XX6,loperamide,Imodium,cap,2 mg,oral,,,-3,,',
  'MEF250,mefenamic acid,,cap,500 mg,oral,,,,,',
  'AMX500,amoxicillin,,cap,500 mg,oral,,,,,',
  ',,,,,,,,,,',
  'CAL,calamine,,lotion?,,topical,,,,,',
].join('\r\n');
const MAPPING = { code: 'Code', generic: 'Generic', brand: 'Brand', form: 'Form', strength: 'Strength', route: 'Route', defaultDose: 'Dose', defaultFrequency: 'Frequency', defaultDurationDays: 'Days', drugClass: 'Class', packSize: 'Pack' };

describe('importing a medicine list from CSV', () => {
  it('previews the valid rows and explains every rejected one, writing nothing', async () => {
    const before = (await clinic.admin.medicines.list({ includeRetired: true })).length;
    const preview = await clinic.admin.medicines.importPreview({ csv: CSV, mapping: MAPPING });
    expect(preview.rows).toBe(11);
    expect(preview.valid).toBe(2);
    expect(preview.sample.map((row) => [row.row, row.generic, row.form])).toEqual([[2, 'mefenamic acid', 'capsule'], [3, 'prednisolone', 'tablet']]);
    expect(preview.rejected.map((row) => [row.row, row.rejections.map((r) => `${r.reason}:${r.field}`)])).toEqual([
      [4, ['missing:generic']],
      [5, ['unknownForm:form']],
      [6, ['unknownRoute:route']],
      [7, ['unknownFrequency:defaultFrequency']],
      [8, ['badStrength:strength']],
      [9, ['badNumber:defaultDurationDays']],
      [10, ['duplicateCodeInFile:code']],
      [11, ['duplicateCodeInStore:code']],
      [13, ['missing:strength', 'unknownForm:form']],
    ]);
    expect(preview.rejected[1]).toMatchObject({ generic: 'loperamide', brand: 'Imodium', rejections: [{ value: 'lozenge' }] });
    expect((await clinic.admin.medicines.list({ includeRetired: true })).length).toBe(before);
    expect(await refusalOf(clinic.reception.medicines.importPreview({ csv: CSV, mapping: MAPPING }))).toBe('FORBIDDEN');
    expect(await refusalDetailsOf(clinic.admin.medicines.importPreview({ csv: CSV, mapping: { ...MAPPING, generic: 'Nama ubat' } }))).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: ['mapping.generic'] } });
  });

  it('writes all the valid rows or none: a failure on the last row leaves nothing imported', async () => {
    const open = clinic.open;
    // A real failure halfway through the writes: the store itself refuses one row.
    await open.work.run(null, (uow) => uow.db.query(`CREATE TEMP TRIGGER refuse_prednisolone BEFORE INSERT ON medicines WHEN NEW.generic = 'prednisolone' BEGIN SELECT RAISE(ABORT, 'refused'); END`));
    expect(await refusalOf(clinic.admin.medicines.importCommit({ csv: CSV, mapping: MAPPING }))).toBe('INTERNAL');
    expect(await clinic.admin.medicines.search({ query: 'ponstan' })).toEqual([]);
    await open.work.run(null, (uow) => uow.db.query(`DROP TRIGGER temp.refuse_prednisolone`));

    const result = await clinic.admin.medicines.importCommit({ csv: CSV, mapping: MAPPING });
    expect(result.imported).toBe(2);
    expect(result.rejected).toHaveLength(9);
    const [mefenamic] = await clinic.doctor.medicines.search({ query: 'ponstan' });
    expect(mefenamic).toMatchObject({ code: 'MEF250', generic: 'mefenamic acid', form: 'capsule', route: 'oral', defaultDoseValue: 500, defaultDoseUnit: 'mg', defaultFrequency: 'TDS', drugClass: 'NSAIDs' });
    const [prednisolone] = await clinic.doctor.medicines.search({ query: 'pred5' });
    expect(await clinic.doctor.medicines.get({ id: prednisolone.id })).toMatchObject({ packSize: 1000, defaultFrequency: 'mane', dispensingUnit: 'tablet' });
    // Committed once, the same file's codes are now in the store.
    expect((await clinic.admin.medicines.importPreview({ csv: CSV, mapping: MAPPING })).valid).toBe(0);
    const audit = await clinic.admin.audit.list({ actions: ['medicine.import'] });
    expect(audit.map((entry) => entry.after)).toEqual([{ imported: 2, rejected: 9, rows: 11 }]);
  });

  it('reads a file without a header by column number', async () => {
    const preview = await clinic.admin.medicines.importPreview({
      csv: 'glycerin,suppository,1 g,PR\n',
      hasHeader: false,
      mapping: { generic: 'Column 1', form: 'Column 2', strength: 'Column 3', route: 'Column 4' },
    });
    expect(preview.sample).toEqual([{ row: 1, generic: 'glycerin', brand: '', strength: '1 g', form: 'suppository', rejections: [] }]);
  });
});

describe('the clinic’s own interaction pairs', () => {
  it('are added and changed by clinic managers, audited, and read by anyone signed in', async () => {
    const pair: SaveInteractionPairInput = { a: { drugs: ['Clopidogrel'], class: null }, b: { drugs: ['omeprazole', 'esomeprazole'], class: null }, severity: 'moderate', effect: 'Less antiplatelet effect.', management: 'Prefer pantoprazole.' };
    const saved = await clinic.admin.interactions.save(pair);
    expect(saved).toMatchObject({ a: { drugs: ['clopidogrel'], class: null }, source: 'clinic', active: true, addedBy: 'Dr Aminah' });
    expect(await refusalOf(clinic.doctor.interactions.save(pair))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.admin.interactions.save({ ...pair, b: { drugs: [], class: null } }))).toBe('VALIDATION_FAILED');
    await clinic.admin.interactions.save({ ...pair, id: saved.id, active: false });
    expect((await clinic.reception.interactions.list()).find((p) => p.id === saved.id)?.active).toBe(false);
    const checked = await clinic.open.work.run(null, (uow) => clinic.open.services.of(medicinesKey).interactionPairs.clinicPairs(uow));
    expect(checked.some((p) => p.id === saved.id)).toBe(false);
    const audit = await clinic.admin.audit.list({ actions: ['interactionPair.create', 'interactionPair.update'] });
    expect(audit.filter((entry) => entry.entityId === saved.id)).toHaveLength(2);
  });
});
