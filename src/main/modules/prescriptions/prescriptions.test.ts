import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';

let serial = 7100;

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = (code: string, name: string, kind: 'consultation' | 'pharmacy' | 'payment', ticketPrefix: string) => admin.rooms.save({ code, name, kind, ticketPrefix, active: true });
  const rooms = { one: await room('1', 'Bilik 1', 'consultation', 'A'), pharmacy: await room('RX', 'Farmasi', 'pharmacy', 'F'), pay: await room('PAY', 'Bayaran', 'payment', 'C') };
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const medicine = async (query: string) => {
    const [found] = await doctor.medicines.search({ query });
    if (!found) throw new Error(`no starter medicine ${query}`);
    return found;
  };
  /** A patient checked in and called, with the allergies given. */
  const calledVisit = async (fullName: string, allergies: { allergen: string; reaction: string; severity: 'mild' | 'moderate' | 'severe' }[] = []) => {
    serial += 1;
    const patient = await reception.patients.register({ fullName, identityType: 'mykad', identityNo: `700101-10-${serial}`, phones: [], address: '', postcode: '', allergies });
    const checkIn = await reception.queue.checkIn({ patientId: patient.id, roomId: rooms.one.id, chiefComplaint: 'pain', priority: 'normal' });
    await doctor.queue.callNext({ roomId: rooms.one.id });
    return { ...checkIn, patientId: patient.id };
  };
  return { testHub, admin, reception, doctor, rooms, medicine, calledVisit };
});

const line = (medicineId: string, overrides: Record<string, unknown> = {}) => ({
  medicineId,
  doseValue: 1,
  doseUnit: 'tablet' as const,
  frequency: 'TDS' as const,
  durationDays: 5,
  route: 'oral' as const,
  timing: 'afterFood' as const,
  dispensing: 'in-house' as const,
  ...overrides,
});

describe('prescribing', () => {
  it('stops amoxicillin for a patient allergic to penicillin until the prescriber gives a reason, which is kept and audited', async () => {
    const visit = await clinic.calledVisit('Tan Ah Kow', [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }]);
    const amoxicillin = await clinic.medicine('AMX500');
    const checked = await clinic.doctor.prescriptions.check({ visitId: visit.visitId, line: line(amoxicillin.id, { doseUnit: 'capsule' }) });
    expect(checked.findings).toEqual([expect.objectContaining({ kind: 'allergy', allergen: 'Penicillin' })]);
    expect(await refusalOf(clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(amoxicillin.id, { doseUnit: 'capsule' }) }))).toBe('PRESCRIPTION_FLAGGED');
    expect(await clinic.doctor.prescriptions.forVisit({ visitId: visit.visitId })).toEqual([]);
    const saved = await clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(amoxicillin.id, { doseUnit: 'capsule' }), overrideReason: 'tolerated amoxicillin in 2024, rash was viral' });
    expect(saved).toMatchObject({ overrideReason: 'tolerated amoxicillin in 2024, rash was viral', quantity: 15, quantityUnit: 'capsule', prescribedByName: 'dr.lim' });
    const audited = await clinic.admin.audit.list({ action: 'prescription.add', entityId: saved.id });
    expect(audited).toHaveLength(1);
  });

  it('finds the interaction with a long-term medicine on the chart, and duplicate NSAIDs within the prescription', async () => {
    const visit = await clinic.calledVisit('Lim Mei Ling');
    const warfarin = await clinic.medicine('WAR5');
    await clinic.doctor.chart.saveMedication({ patientId: visit.patientId, medicineName: 'warfarin 5 mg', medicineId: warfarin.id, dose: '5 mg', frequency: 'OD', notes: '' });
    const ibuprofen = await clinic.medicine('IBU400');
    const checked = await clinic.doctor.prescriptions.check({ visitId: visit.visitId, line: line(ibuprofen.id) });
    expect(checked.findings).toEqual([expect.objectContaining({ kind: 'interaction', other: expect.stringMatching(/warfarin/i) as string })]);
    await clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(ibuprofen.id), overrideReason: 'INR checked today, 3 days only' });
    const diclofenac = await clinic.medicine('DIC50');
    const second = await clinic.doctor.prescriptions.check({ visitId: visit.visitId, line: line(diclofenac.id) });
    expect(second.findings.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['duplicate', 'interaction']));
  });

  it('works the quantity out from dose, frequency and days; asks for it where it cannot; refuses a dose without its unit', async () => {
    const visit = await clinic.calledVisit('Raj Kumar');
    const paracetamol = await clinic.medicine('PCM500');
    const saved = await clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(paracetamol.id, { doseValue: 1, doseUnit: 'g', frequency: 'QID', durationDays: 3 }) });
    expect(saved.quantity).toBe(24);
    expect(await refusalOf(clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(paracetamol.id, { frequency: 'PRN' }), overrideReason: 'second line' }))).toBe('PRESCRIPTION_QUANTITY_NEEDED');
    expect((await clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(paracetamol.id, { frequency: 'PRN', quantity: 10 }), overrideReason: 'second line' })).quantity).toBe(10);
    expect(await refusalOf(clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(paracetamol.id, { doseUnit: undefined }) }))).toBe('VALIDATION_FAILED');
  });

  it('sends a finished visit with medicines to the dispensary, and takes no more lines after', async () => {
    const visit = await clinic.calledVisit('Wong Siew Ling');
    const cetirizine = await clinic.medicine('CTZ10');
    await clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(cetirizine.id, { frequency: 'OD' }) });
    const draft = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: { subjective: 'Itchy eyes', objective: '', assessment: 'Allergic rhinitis', plan: 'Cetirizine' } });
    const finished = await clinic.doctor.consultation.finish({ visitId: visit.visitId, version: draft.version });
    expect(finished.handedTo).toMatchObject({ kind: 'pharmacy', roomId: clinic.rooms.pharmacy.id });
    expect(await refusalOf(clinic.doctor.prescriptions.addLine({ visitId: visit.visitId, line: line(cetirizine.id) }))).toBe('VISIT_CLOSED');
  });

  it('checks a child’s dose against the weight the nurse recorded this month', async () => {
    serial += 1;
    const child = await clinic.reception.patients.register({ fullName: 'Adam bin Yusof', identityType: 'mykad', identityNo: `200101-14-${serial}`, phones: [], address: '', postcode: '', allergies: [] });
    const checkIn = await clinic.reception.queue.checkIn({ patientId: child.id, roomId: clinic.rooms.one.id, chiefComplaint: 'fever', priority: 'normal' });
    const syrup = await clinic.medicine('PCM120S');
    const tooMuch = line(syrup.id, { doseValue: 500, doseUnit: 'mg', frequency: 'QID', durationDays: 3 });
    // No weight yet: the dose cannot be checked, so nothing is claimed about it.
    expect((await clinic.doctor.prescriptions.check({ visitId: checkIn.visitId, line: tooMuch })).findings).toEqual([]);
    await clinic.doctor.vitals.record({ visitId: checkIn.visitId, weight: 20 });
    const checked = await clinic.doctor.prescriptions.check({ visitId: checkIn.visitId, line: tooMuch });
    expect(checked.findings).toEqual([expect.objectContaining({ kind: 'dose', direction: 'over', weightKg: 20, dailyMgPerKg: 100 })]);
    const right = line(syrup.id, { doseValue: 240, doseUnit: 'mg', frequency: 'QID', durationDays: 3 });
    expect((await clinic.doctor.prescriptions.check({ visitId: checkIn.visitId, line: right })).findings).toEqual([]);
  });

  it('keeps prescriptions from reception', async () => {
    const visit = await clinic.calledVisit('Aishah binti Ali');
    expect(await refusalOf(clinic.reception.prescriptions.forVisit({ visitId: visit.visitId }))).toBe('FORBIDDEN');
  });
});
