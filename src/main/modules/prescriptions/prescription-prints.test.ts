import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { readPdf, savePagePng } from '../../../../tests/support/pdf-pages';
import { clinicWithReceptionist, refusalOf, unlockAfterClockMove, userWithRoles } from '../../../../tests/support/test-hub';

// 10:00 in Kuala Lumpur on 3 December 2026; one test moves to the next day.
let clock = new Date('2026-12-03T02:00:00Z');

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const pharmacy = await admin.rooms.save({ code: 'RX', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true });
  const lim = await userWithRoles(testHub, admin, 'dr.lim', ['doctor']);
  await admin.users.update({ id: lim.user.id, displayName: 'Dr Lim Wei Ming', mmcNo: '54321', qualifications: 'MBBS (UM)', roles: ['doctor'] });
  const unregistered = (await userWithRoles(testHub, admin, 'dr.new', ['doctor'])).caller;
  const doctor = lim.caller;
  const medicine = async (query: string) => {
    const [found] = await doctor.medicines.search({ query });
    if (!found) throw new Error(`no starter medicine ${query}`);
    return found;
  };
  let serial = 8100;
  const calledVisit = async (fullName: string) => {
    serial += 1;
    const patient = await reception.patients.register({
      fullName, identityType: 'mykad', identityNo: `900215-10-${serial}`, dateOfBirth: '1990-02-15', phones: [], address: '', postcode: '',
      allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }],
    });
    const { visitId } = await reception.queue.checkIn({ patientId: patient.id, roomId: room.id, chiefComplaint: 'fever', priority: 'normal' });
    await doctor.queue.callNext({ roomId: room.id });
    return visitId;
  };
  return { testHub, admin, reception, doctor, unregistered, medicine, calledVisit, pharmacyId: pharmacy.id };
});

const tablets = (medicineId: string, overrides: Record<string, unknown> = {}) => ({
  medicineId, doseValue: 1, doseUnit: 'tablet' as const, frequency: 'TDS' as const, durationDays: 5, route: 'oral' as const, timing: 'afterFood' as const, dispensing: 'in-house' as const, ...overrides,
});

/** A called visit with paracetamol dispensed in the clinic and cetirizine to buy outside. */
async function prescribedVisit(name: string): Promise<string> {
  const visitId = await clinic.calledVisit(name);
  await clinic.doctor.prescriptions.addLine({ visitId, line: tablets((await clinic.medicine('PCM500')).id) });
  await clinic.doctor.prescriptions.addLine({ visitId, line: tablets((await clinic.medicine('CTZ10')).id, { frequency: 'nocte', timing: 'any', durationDays: 7, dispensing: 'external' }) });
  return visitId;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the printed prescription', () => {
  it('prints an A5 RX with the patient, age, allergies, each line in words both languages, quantity, supply and the prescriber’s MMC number', async () => {
    const visitId = await prescribedVisit('Siti Nurhaliza binti Ahmad');
    const printed = await clinic.doctor.prescriptions.printPrescription({ visitId });
    expect(printed.serial).toMatch(/^RX-\d{7}$/);
    expect(printed.fileName).toBe(`${printed.serial}.pdf`);
    const pdf = Buffer.from(printed.pdfBase64, 'base64');
    const read = await readPdf(pdf);
    await savePagePng(pdf, 'prescription-a5');
    expect(read.pages).toHaveLength(1);
    expect(read.pageSize).toMatch(/^419\.\d+ x 595\.\d+ pts/);
    const text = flat(read.pages.join('\n'));
    for (const expected of ['PRESKRIPSI / PRESCRIPTION', 'Siti Nurhaliza binti Ahmad', '900215-10-8', '36 tahun / years', '03/12/2026', 'Penicillin – rash', 'Dr Lim Wei Ming', 'MMC 54321', printed.serial]) {
      expect(text).toContain(expected);
    }
    // Table cells wrap, so the directions are checked word by word in order.
    expect(text).toMatch(/Take 1 tablet three times a day.*after food for 5 days/);
    expect(text).toMatch(/Makan 1 biji tiga kali sehari.*selepas makan selama 5/);
    expect(text).toMatch(/15 tablet/);
    expect(text).toMatch(/Klinik.*In-house/);
    expect(text).toMatch(/Farmasi luar.*External/);
    const documents = await clinic.doctor.documents.forVisit({ visitId });
    expect(documents).toEqual([expect.objectContaining({ kind: 'prescription', serial: printed.serial })]);
  });

  it('refuses an empty prescription, a prescriber without an MMC number, and reception', async () => {
    const empty = await clinic.calledVisit('Ahmad bin Osman');
    expect(await refusalOf(clinic.doctor.prescriptions.printPrescription({ visitId: empty }))).toBe('PRESCRIPTION_EMPTY');
    expect(await refusalOf(clinic.doctor.prescriptions.printLabels({ visitId: empty }))).toBe('PRESCRIPTION_EMPTY');
    const visitId = await clinic.calledVisit('Chong Mei Fen');
    await clinic.unregistered.prescriptions.addLine({ visitId, line: tablets((await clinic.medicine('PCM500')).id) });
    expect(await refusalOf(clinic.unregistered.prescriptions.printPrescription({ visitId }))).toBe('DOCTOR_REGISTRATION_MISSING');
    expect(await refusalOf(clinic.reception.prescriptions.printPrescription({ visitId }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.prescriptions.printLabels({ visitId }))).toBe('FORBIDDEN');
  });
});

describe('the medicine labels', () => {
  it('prints one 70 × 40 mm label per in-house line with directions in Malay and English, quantity, date, the RX reference and the clinic, audited', async () => {
    const visitId = await prescribedVisit('Muthu a/l Rajan');
    const rx = await clinic.doctor.prescriptions.printPrescription({ visitId });
    const printed = await clinic.doctor.prescriptions.printLabels({ visitId });
    const pdf = Buffer.from(printed.pdfBase64, 'base64');
    const read = await readPdf(pdf);
    // Only the paracetamol is dispensed here; the cetirizine is bought outside.
    expect(read.pages).toHaveLength(1);
    expect(read.pageSize).toMatch(/^198\.\d+ x 113\.\d+ pts/);
    const text = flat(read.pages[0]);
    for (const expected of ['paracetamol', 'Muthu a/l Rajan', 'Makan 1 biji tiga kali sehari selepas makan selama 5 hari', 'Take 1 tablet three times a day after food for 5 days', '15 tablet', '03/12/2026', rx.serial]) {
      expect(text.toLowerCase()).toContain(expected.toLowerCase());
    }
    expect(text).not.toMatch(/cetirizine/i);
    await savePagePng(pdf, 'medicine-label');
    expect(await clinic.admin.audit.list({ action: 'prescription.printLabels', entityId: visitId })).toHaveLength(1);
  });

  it('prints for a visit finished today, and not for one of an earlier day', async () => {
    const visitId = await prescribedVisit('Lee Chong Wei');
    const draft = await clinic.doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'Viral fever', plan: 'Paracetamol' } });
    await clinic.doctor.consultation.finish({ visitId, version: draft.version });
    expect((await clinic.doctor.prescriptions.printLabels({ visitId })).pdfBase64.length).toBeGreaterThan(0);
    expect((await clinic.doctor.prescriptions.printPrescription({ visitId })).serial).toMatch(/^RX-/);
    // The dispensary hands the medicines over: the visit is done.
    const handedOver = await clinic.doctor.queue.callNext({ roomId: clinic.pharmacyId });
    await clinic.doctor.queue.complete({ entryId: handedOver.entryId });
    expect(await refusalOf(clinic.doctor.prescriptions.printLabels({ visitId }))).toBeNull();
    clock = new Date('2026-12-04T02:00:00Z');
    await unlockAfterClockMove(clinic.admin, clinic.doctor);
    expect(await refusalOf(clinic.doctor.prescriptions.printLabels({ visitId }))).toBe('VISIT_CLOSED');
  });
});
