import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { decodeEscPos, textOf } from '../../../../tests/support/escpos-decoder';
import { holdsCut, tcpPrinterStub } from '../../../../tests/support/receipt-printer-stub';
import { DEFAULT_PRINTER_SETTINGS } from '../../../shared/schemas/printer';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { medicinesKey } from '../medicines';

const clinic = clinicForTests(() => pharmacyClinic());

describe('dispensing a prescription', () => {
  it('takes the batch that expires first, splits across batches, writes the register and the charge, and moves the ticket on', async () => {
    const paracetamol = await clinic.medicine('PCM500');
    await clinic.receive(paracetamol.id, 'LATE-2', '2028-06-30', 100);
    await clinic.receive(paracetamol.id, 'EARLY-1', '2027-03-31', 10);
    const visit = await clinic.finishedVisit('Tan Ah Kow', [{ medicineId: paracetamol.id }]);
    expect((await clinic.pharmacist.dispensing.worklist()).map((waiting) => waiting.ticketNo)).toContain(visit.ticketNo);

    const view = await clinic.pharmacist.dispensing.open({ visitId: visit.visitId });
    expect(view.lines[0]).toMatchObject({ prescribed: 15, owed: 15, plan: { shortBy: 0 } });
    expect(view.lines[0].plan.takes.map((take) => [take.batchNo, take.quantity])).toEqual([
      ['EARLY-1', 10],
      ['LATE-2', 5],
    ]);

    const result = await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: view.lines[0].prescriptionLineId, quantity: 15 }] });
    expect(result.lines[0].takes.map((take) => [take.batchNo, take.quantity])).toEqual([
      ['EARLY-1', 10],
      ['LATE-2', 5],
    ]);
    expect(result.owedLines).toBe(0);
    expect(result.handedTo).toBe('Bayaran');
    expect(await clinic.onHand(paracetamol.id)).toEqual([['LATE-2', 95]]);
    expect((await clinic.pharmacist.dispensing.worklist()).map((waiting) => waiting.ticketNo)).not.toContain(visit.ticketNo);
    expect(await refusalOf(clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: view.lines[0].prescriptionLineId, quantity: 1 }] }))).toBe('DISPENSE_MORE_THAN_OWED');
  });

  it('refuses more than stock holds and changes nothing; a partial dispensing leaves the rest owed', async () => {
    const cetirizine = await clinic.medicine('CTZ10');
    await clinic.receive(cetirizine.id, 'C-1', '2027-12-31', 4);
    const visit = await clinic.finishedVisit('Lim Mei Ling', [{ medicineId: cetirizine.id, quantity: 10 }]);
    const [line] = (await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).lines;
    expect(line.plan.shortBy).toBe(6);
    expect(await refusalOf(clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 10 }] }))).toBe('INSUFFICIENT_STOCK');
    expect(await clinic.onHand(cetirizine.id)).toEqual([['C-1', 4]]);

    const partial = await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 4 }] });
    expect(partial.owedLines).toBe(1);
    const after = await clinic.pharmacist.dispensing.open({ visitId: visit.visitId });
    expect(after.lines[0]).toMatchObject({ dispensed: 4, owed: 6 });
    expect((await clinic.pharmacist.dispensing.worklist()).find((waiting) => waiting.visitId === visit.visitId)).toMatchObject({ partlyDispensed: true });
    const owed = await clinic.doctor.dispensing.owedPrescription({ visitId: visit.visitId });
    expect(owed.serial).toMatch(/^RX-/);
  });

  it('is all or nothing: a second line out of stock leaves the first line’s stock, serial and charge untouched', async () => {
    const amoxicillin = await clinic.medicine('AMX500');
    const cetirizine = await clinic.medicine('CTZ10');
    await clinic.receive(amoxicillin.id, 'AX-7', '2028-01-31', 30);
    const visit = await clinic.finishedVisit('Chong Wei', [{ medicineId: amoxicillin.id, doseUnit: 'capsule' }, { medicineId: cetirizine.id, quantity: 500 }]);
    const view = await clinic.pharmacist.dispensing.open({ visitId: visit.visitId });
    const before = await clinic.onHand(amoxicillin.id);
    const wanted = view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed }));
    expect(await refusalOf(clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: wanted }))).toBe('INSUFFICIENT_STOCK');
    expect(await clinic.onHand(amoxicillin.id)).toEqual(before);
    expect((await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).dispensings).toEqual([]);
    const charges = await clinic.open.work.run(null, (uow) => uow.db.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM charge_lines WHERE visit_id = ?', [visit.visitId]));
    expect(charges[0].n).toBe(0);
  });

  it('never dispenses an expired batch', async () => {
    const ibuprofen = await clinic.medicine('IBU400');
    await clinic.receive(ibuprofen.id, 'I-1', '2027-01-31', 30);
    const visit = await clinic.finishedVisit('Wong Kar Wai', [{ medicineId: ibuprofen.id }]);
    const [line] = (await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).lines;
    // Another batch chosen on purpose must still hold stock and be unexpired; a made-up id is refused.
    expect(await refusalOf(clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15, takes: [{ batchId: '01890000-0000-7000-8000-000000000000', quantity: 15 }], batchReason: 'testing' }] }))).not.toBeNull();
  });

  it('runs the checks again at dispensing: an allergy recorded after the doctor finished needs the dispenser to confirm', async () => {
    const paracetamol = await clinic.medicine('PCM500');
    await clinic.receive(paracetamol.id, 'P-9', '2028-01-31', 50);
    const visit = await clinic.finishedVisit('Aminah binti Ali', [{ medicineId: paracetamol.id }]);
    const patient = await clinic.reception.patients.get({ id: visit.patientId });
    await clinic.reception.patients.update({ ...patient, allergies: [{ allergen: 'Paracetamol', reaction: 'hives', severity: 'moderate' }] });
    const [line] = (await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).lines;
    expect(line.findings).toEqual([expect.objectContaining({ kind: 'allergy', allergen: 'Paracetamol' })]);
    expect(await refusalOf(clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15 }] }))).toBe('DISPENSING_FINDINGS_UNSEEN');
    await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15 }], findingsSeen: true });
  });

  it('lets only a doctor or pharmacist hand over a controlled medicine', async () => {
    const amoxicillin = await clinic.medicine('AMX500');
    await clinic.receive(amoxicillin.id, 'A-1', '2028-01-31', 100);
    const visit = await clinic.finishedVisit('Raj a/l Kumar', [{ medicineId: amoxicillin.id, doseUnit: 'capsule' }]);
    const assistant = (await userWithRoles(clinic.testHub, clinic.admin, 'nurul', ['receptionist'])).caller;
    await clinic.admin.roles.updatePermissions({ role: 'receptionist', permissions: [...(await clinic.admin.roles.list()).find((role) => role.key === 'receptionist')!.permissions, 'pharmacy.dispense'] });
    const [line] = (await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).lines;
    expect(await refusalOf(assistant.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15 }] }))).toBe('CONTROLLED_HANDOVER_REFUSED');
    const result = await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15 }] });
    expect(result.lines[0].registerSerial).toMatch(/^PB-/);
  });
});

describe('selling over the counter', () => {
  it('sells an OTC medicine to anyone, wants the address for a pharmacy medicine, and never sells a prescription-only one', async () => {
    const medicines = clinic.open.services.of(medicinesKey).medicines;
    const paracetamol = await clinic.medicine('PCM500');
    await clinic.receive(paracetamol.id, 'OTC-1', '2028-01-31', 40);
    await clinic.open.work.run(null, async (uow) => medicines.save(uow, { ...(await medicines.get(uow, paracetamol.id)), legalClass: 'otc' }));
    const sold = await clinic.pharmacist.dispensing.sell({ buyer: { name: 'Walk-in buyer' }, lines: [{ medicineId: paracetamol.id, quantity: 10, directions: '2 tablets when needed for fever' }] });
    expect(sold.lines[0]).toMatchObject({ quantity: 10, registerSerial: null });

    const amoxicillin = await clinic.medicine('AMX500');
    await clinic.open.work.run(null, async (uow) => medicines.save(uow, { ...(await medicines.get(uow, amoxicillin.id)), legalClass: 'groupB' }));
    expect(await refusalOf(clinic.pharmacist.dispensing.sell({ buyer: { name: 'Walk-in buyer', address: '1 Jalan Satu' }, lines: [{ medicineId: amoxicillin.id, quantity: 10 }] }))).toBe('PRESCRIPTION_REQUIRED');
  });
});

describe('labels on the receipt printer', () => {
  it('prints one label per line, controlled mark and Prescription Book serial included, and audits the print', async () => {
    const amoxicillin = await clinic.medicine('AMX500');
    await clinic.receive(amoxicillin.id, 'LBL-1', '2028-01-31', 30);
    const visit = await clinic.finishedVisit('Siti Hajar', [{ medicineId: amoxicillin.id, doseUnit: 'capsule' }]);
    const [line] = (await clinic.pharmacist.dispensing.open({ visitId: visit.visitId })).lines;
    const result = await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: [{ prescriptionLineId: line.prescriptionLineId, quantity: 15 }] });
    expect(await refusalOf(clinic.pharmacist.dispensing.printLabels({ dispensingId: result.dispensingId }))).toBe('PRINTER_NOT_CONFIGURED');

    const stub = await tcpPrinterStub('ready');
    try {
      await clinic.admin.settings.printer.save({ ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port: stub.port } });
      expect(await clinic.pharmacist.dispensing.printLabels({ dispensingId: result.dispensingId })).toEqual({ labels: 1 });
      const printed = textOf(decodeEscPos(await stub.waitFor((bytes) => holdsCut(bytes))).jobs[0]).join('\n');
      expect(printed).toContain('UBAT TERKAWAL / CONTROLLED MEDICINE');
      expect(printed).toContain('Siti Hajar');
      expect(printed).toMatch(/amoxicillin/i);
      expect(printed).toContain(result.lines[0].registerSerial);
      const audited = await clinic.admin.audit.list({ action: 'dispensing.printLabels', entityId: result.dispensingId });
      expect(audited.map((row) => (row.after as { printer: string }).printer)).toEqual(['escpos-tcp']);
    } finally {
      await clinic.admin.settings.printer.save(DEFAULT_PRINTER_SETTINGS);
      await stub.close();
    }
  });
});
