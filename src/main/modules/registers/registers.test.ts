import { beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { RegisterSupply } from '../../../shared/schemas/registers';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { stockKey } from '../stock';
import { registersKey } from './key';

// 10:00 in Kuala Lumpur on Saturday 5 December 2026.
const NOW = new Date('2026-12-05T02:00:00Z');
const TODAY = '2026-12-05';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => NOW });
  const pharmacist = (await userWithRoles(testHub, admin, 'norhayati', ['pharmacist'])).caller;
  const medicine = (code: string, generic: string, legalClass: 'pharmacy' | 'dangerous' = 'pharmacy') =>
    admin.medicines.save({ code, generic, legalClass, brand: null, form: 'tablet', strength: '5 mg', strengthValue: 5, strengthUnit: 'mg', perVolumeMl: null, dispensingUnit: 'tablet', route: 'oral', defaultDoseValue: 5, defaultDoseUnit: 'mg', defaultFrequency: 'nocte', defaultDurationDays: 7, drugClass: null, packSize: 100, childMinMgPerKgDay: null, childMaxMgPerKgDay: null, active: true });
  const diazepam = (await medicine('regdzp5', 'Diazepam')).id;
  const amlodipine = (await medicine('regaml5', 'Amlodipine')).id;
  const morphine = (await medicine('regmst5', 'Morphine sulphate', 'dangerous')).id;
  return { testHub, admin, reception, pharmacist, diazepam, amlodipine, morphine };
});

beforeAll(() => requirePoppler());

function supply(fields: Partial<RegisterSupply>): RegisterSupply {
  return {
    date: TODAY,
    medicineId: clinic.amlodipine,
    medicineLabel: 'Amlodipine 5 mg tablet',
    legalClass: 'groupB',
    quantity: 30,
    unit: 'tablet',
    patientName: 'Tan Ah Kow',
    patientAddress: null,
    prescriberName: 'Dr Aminah',
    prescriptionRef: 'RX-2026-00001',
    repeatOf: null,
    dispensedBy: 'Farah',
    dispensingId: uuidv7(),
    dispensingLineId: uuidv7(),
    ...fields,
  };
}

function openStore() {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  return open;
}

const registersOf = () => openStore().services.of(registersKey).registers;

/** One supply entered in a unit of work of its own, as the dispensing does inside its own. */
const record = (fields: Partial<RegisterSupply>) => openStore().work.run(null, (uow) => registersOf().recordSupply(uow, supply(fields)));

describe('the Prescription Book and the psychotropic register', () => {
  it('enters every supply of a poison with its own serial, a psychotropic in its register too, and nothing for an over-the-counter medicine', async () => {
    const groupB = await record({});
    const psychotropic = await record({ medicineId: clinic.diazepam, medicineLabel: 'Diazepam 5 mg tablet', legalClass: 'psychotropic', quantity: 10 });
    const otc = await record({ legalClass: 'otc' });
    expect(groupB).toEqual({ serial: 'PB-2026-000001', psychotropicSerial: null });
    expect(psychotropic).toEqual({ serial: 'PB-2026-000002', psychotropicSerial: 'PSY-2026-000001' });
    expect(otc).toEqual({ serial: null, psychotropicSerial: null });

    const book = await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY });
    expect(book.map((entry) => [entry.serial, entry.medicineLabel, entry.quantity, entry.unit, entry.patientName, entry.prescriptionRef])).toEqual([
      ['PB-2026-000001', 'Amlodipine 5 mg tablet', 30, 'tablet', 'Tan Ah Kow', 'RX-2026-00001'],
      ['PB-2026-000002', 'Diazepam 5 mg tablet', 10, 'tablet', 'Tan Ah Kow', 'RX-2026-00001'],
    ]);
    const register = await clinic.pharmacist.registers.psychotropic({ from: TODAY, to: TODAY });
    expect(register.map((entry) => [entry.serial, entry.bookSerial, entry.medicineLabel])).toEqual([['PSY-2026-000001', 'PB-2026-000002', 'Diazepam 5 mg tablet']]);
    expect(await clinic.pharmacist.registers.prescriptionBook({ from: '2026-12-06', to: '2026-12-31' })).toEqual([]);
    expect(await clinic.admin.audit.list({ action: 'register.record' })).toHaveLength(3);
    expect(await clinic.admin.audit.list({ action: 'register.view' })).not.toHaveLength(0);
  });

  it('gives a serial back when the dispensing rolls back, so the book has neither gaps nor repeats', async () => {
    const before = (await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY })).length;
    // The serial is taken inside the unit of work of a dispensing that fails after it.
    const crashed = openStore().work.run(null, async (uow) => {
      await registersOf().recordSupply(uow, supply({}));
      throw new Error('the hub stopped half-way through the dispensing');
    });
    await expect(crashed).rejects.toThrow();
    const next = await record({});
    const serials = (await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY })).map((entry) => entry.serial);
    expect(serials).toHaveLength(before + 1);
    expect(next.serial).toBe(`PB-2026-${String(before + 1).padStart(6, '0')}`);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('refuses a supply without a prescription and without the buyer’s address, or a repeat of an entry that does not exist, writing nothing', async () => {
    const before = (await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY })).length;
    await expect(record({ legalClass: 'pharmacy', prescriptionRef: null, prescriberName: null })).rejects.toMatchObject({ code: 'REGISTER_ADDRESS_REQUIRED' });
    await expect(record({ repeatOf: 'PB-2026-999999' })).rejects.toMatchObject({ code: 'REGISTER_ENTRY_NOT_FOUND' });
    await expect(record({ quantity: 1.5 })).rejects.toThrow();
    expect(await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY })).toHaveLength(before);

    const sale = await record({ legalClass: 'pharmacy', prescriptionRef: null, prescriberName: null, patientAddress: '3 Jalan Mawar, 47300 Petaling Jaya' });
    const repeat = await record({ repeatOf: 'PB-2026-000001' });
    const book = await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY });
    expect(book.find((entry) => entry.serial === sale.serial)?.patientAddress).toBe('3 Jalan Mawar, 47300 Petaling Jaya');
    expect(book.find((entry) => entry.serial === repeat.serial)?.repeatOf).toBe('PB-2026-000001');
  });

  it('marks the entries of a reversed dispensing cancelled with the reason, and never deletes them', async () => {
    const dispensingId = uuidv7();
    const { serial, psychotropicSerial } = await record({ dispensingId, medicineId: clinic.diazepam, medicineLabel: 'Diazepam 5 mg tablet', legalClass: 'psychotropic' });
    const open = openStore();
    await expect(open.work.run(null, (uow) => registersOf().cancelSupply(uow, dispensingId, '  '))).rejects.toMatchObject({ code: 'REGISTER_CANCEL_REASON_REQUIRED' });
    expect(await open.work.run(null, (uow) => registersOf().cancelSupply(uow, dispensingId, 'patient returned the medicine unopened'))).toBe(2);
    const book = await clinic.pharmacist.registers.prescriptionBook({ from: TODAY, to: TODAY });
    expect(book.find((entry) => entry.serial === serial)).toMatchObject({ cancelReason: 'patient returned the medicine unopened', cancelledAt: expect.any(String) });
    const register = await clinic.pharmacist.registers.psychotropic({ from: TODAY, to: TODAY });
    expect(register.find((entry) => entry.serial === psychotropicSerial)?.cancelledAt).not.toBeNull();
    await expect(open.work.run(null, (uow) => uow.db.query('DELETE FROM prescription_book_entries'))).rejects.toThrow(/never deleted/);
    await expect(open.work.run(null, (uow) => uow.db.query('UPDATE psychotropic_register_entries SET quantity = 1'))).rejects.toThrow(/never changes/);
  });

  it('is for whoever dispenses: reception may neither view nor print it', async () => {
    expect(await refusalOf(clinic.reception.registers.prescriptionBook({ from: TODAY, to: TODAY }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.registers.print({ register: 'psychotropic', from: TODAY, to: TODAY }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.pharmacist.registers.prescriptionBook({ from: '2026-12-06', to: TODAY }))).toBe('VALIDATION_FAILED');
  });

  it('prints the Prescription Book of a period on A4 with the letterhead, every entry and the cancelled one marked', async () => {
    const printed = await clinic.pharmacist.registers.print({ register: 'prescription-book', from: TODAY, to: TODAY });
    expect(printed.fileName).toBe('prescription-book-2026-12-05-2026-12-05.pdf');
    const { pages, pageSize } = await readPdf(Buffer.from(printed.pdfBase64, 'base64'));
    expect(pageSize).toMatch(/A4/);
    const text = pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(text).toContain('Klinik Sejahtera');
    expect(text).toContain('Prescription Book');
    expect(text).toContain('Poisons Act 1952 s24');
    expect(text).toContain('05/12/2026');
    for (const serial of ['PB-2026-000001', 'PB-2026-000002']) expect(text).toContain(serial);
    expect(text).toContain('Tan Ah Kow');
    expect(text).toContain('3 Jalan Mawar');
    expect(text).toContain('CANCELLED');
    const psychotropic = await clinic.pharmacist.registers.print({ register: 'psychotropic', from: TODAY, to: TODAY });
    const register = (await readPdf(Buffer.from(psychotropic.pdfBase64, 'base64'))).pages.join('\n');
    expect(register).toContain('PSY-2026-000001');
    expect(register).toContain('Psychotropic Substances Register');
    expect(await clinic.admin.audit.list({ action: 'register.print' })).toHaveLength(2);
  });
});

describe('the dangerous drugs’ running balance', () => {
  it('runs from the stock’s movements, oldest first, with the opening balance, each receipt and supply, and prints to copy into the bound register', async () => {
    const open = openStore();
    const stock = open.services.of(stockKey).stock;
    const morphine = clinic.morphine;
    await open.work.run(null, (uow) => stock.receive(uow, { medicineId: morphine, batchNo: 'MS-01', expiryDate: '2027-06-30', quantity: 20, unitCostSen: 150, reference: { kind: 'goods-received', id: null, label: 'GRN Pharmaniaga' } }));
    await open.work.run(null, (uow) => stock.issue(uow, { medicineId: morphine, quantity: 6, kind: 'dispense', reference: { kind: 'dispensing', id: null, label: 'Tan Ah Kow' } }));
    await open.work.run(null, (uow) => stock.receive(uow, { medicineId: morphine, batchNo: 'MS-02', expiryDate: '2027-09-30', quantity: 10, unitCostSen: 150, reference: { kind: 'goods-received', id: null, label: 'GRN Zuellig' } }));

    const balance = await clinic.pharmacist.registers.dangerousDrugs({ medicineId: morphine, from: TODAY, to: TODAY });
    expect(balance.openingBalance).toBe(0);
    expect(balance.rows.map((row) => [row.kind, row.batchNo, row.received, row.issued, row.balance])).toEqual([
      ['receipt', 'MS-01', 20, 0, 20],
      ['dispense', 'MS-01', 0, 6, 14],
      ['receipt', 'MS-02', 10, 0, 24],
    ]);
    expect(balance.closingBalance).toBe(24);
    const later = await clinic.pharmacist.registers.dangerousDrugs({ medicineId: morphine, from: '2026-12-06', to: '2026-12-31' });
    expect(later).toMatchObject({ openingBalance: 24, rows: [], closingBalance: 24 });

    const printed = await clinic.pharmacist.registers.print({ register: 'dangerous-drugs', medicineId: morphine, from: TODAY, to: TODAY });
    const text = (await readPdf(Buffer.from(printed.pdfBase64, 'base64'))).pages.join('\n').replace(/[ \t]+/g, ' ');
    expect(text).toContain('Dangerous Drug Balance');
    expect(text).toContain('morphine sulphate 5 mg tablet');
    expect(text).toContain('GRN Pharmaniaga');
    expect(text).toMatch(/MS-01 6 14/);
    expect(text).toContain('Closing balance 24 tablet');
    expect(await refusalOf(clinic.reception.registers.dangerousDrugs({ medicineId: morphine, from: TODAY, to: TODAY }))).toBe('FORBIDDEN');
  });

  it('is kept only for a medicine classed as a dangerous drug', async () => {
    expect(await refusalOf(clinic.pharmacist.registers.dangerousDrugs({ medicineId: clinic.diazepam, from: TODAY, to: TODAY }))).toBe('REGISTER_NOT_DANGEROUS_DRUG');
    expect(await refusalOf(clinic.pharmacist.registers.print({ register: 'dangerous-drugs', medicineId: clinic.amlodipine, from: TODAY, to: TODAY }))).toBe('REGISTER_NOT_DANGEROUS_DRUG');
  });
});
