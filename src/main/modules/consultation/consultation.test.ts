import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, registerWalkIn, userWithRoles } from '../../../../tests/support/test-hub';

const NOTE = { subjective: 'Fever and cough 3 days.', objective: 'T 38.4. Throat injected.', assessment: 'URTI', plan: 'Paracetamol. Review if worse.' };

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = (code: string, name: string, kind: 'consultation' | 'pharmacy' | 'payment', ticketPrefix: string) =>
    admin.rooms.save({ code, name, kind, ticketPrefix, active: true });
  const rooms = { one: await room('1', 'Bilik 1', 'consultation', 'A'), pay: await room('PAY', 'Kaunter Bayaran', 'payment', 'C') };
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const otherDoctor = (await userWithRoles(testHub, admin, 'dr.kumar', ['doctor'])).caller;
  const nurse = (await userWithRoles(testHub, admin, 'nurse.siti', ['nurse'])).caller;
  /** A patient checked in to Bilik 1 and called by the doctor: the visit the doctor writes in. */
  const calledVisit = async (name: string) => {
    const patientId = await registerWalkIn(reception, name);
    const checkIn = await reception.queue.checkIn({ patientId, roomId: rooms.one.id, chiefComplaint: 'fever and cough', priority: 'normal' });
    await doctor.queue.callNext({ roomId: rooms.one.id });
    return { ...checkIn, patientId };
  };
  return { testHub, admin, reception, doctor, otherDoctor, nurse, rooms, calledVisit };
});

describe('the consultation note', () => {
  it('saves a draft as the doctor types, each save quoting its version, and tells a second writer instead of overwriting', async () => {
    const visit = await clinic.calledVisit('Tan Ah Kow');
    expect((await clinic.doctor.consultation.visit({ visitId: visit.visitId })).encounter).toBeNull();
    const first = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: { ...NOTE, plan: '' } });
    expect(first).toMatchObject({ status: 'draft', version: 1, doctorName: 'dr.lim', note: { subjective: NOTE.subjective, plan: '' } });
    const second = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 1, note: NOTE });
    expect(second.version).toBe(2);
    // The nurse's screen still holds version 1: told who changed it, and nothing of hers is written over the doctor's.
    const stale = await refusalDetailsOf(clinic.nurse.consultation.saveNote({ visitId: visit.visitId, version: 1, note: { ...NOTE, plan: 'overwritten' } }));
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale', currentVersion: 2, changedBy: 'dr.lim' } });
    expect((await clinic.doctor.consultation.visit({ visitId: visit.visitId })).encounter?.note.plan).toBe(NOTE.plan);
  });

  it('keeps clinical content from reception, and records each opening of the chart', async () => {
    const visit = await clinic.calledVisit('Lim Mei Ling');
    await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: NOTE });
    expect(await refusalOf(clinic.reception.consultation.visit({ visitId: visit.visitId }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.consultation.saveNote({ visitId: visit.visitId, version: 1, note: NOTE }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.consultation.timeline({ patientId: visit.patientId }))).toBe('FORBIDDEN');
    await clinic.doctor.consultation.visit({ visitId: visit.visitId });
    const reads = await clinic.admin.audit.list({ action: 'patient.chart.read', entityId: visit.patientId });
    expect(reads.length).toBeGreaterThan(0);
  });

  it('refuses nonsense: an unknown visit, a bad version, a note too long', async () => {
    expect(await refusalOf(clinic.doctor.consultation.saveNote({ visitId: '0195f7a2-0000-7000-8000-000000000000', version: 0, note: NOTE }))).toBe('NOT_FOUND');
    const visit = await clinic.calledVisit('Raj Kumar');
    expect(await refusalOf(clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: -1, note: NOTE }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: { ...NOTE, plan: 'x'.repeat(10_001) } }))).toBe('VALIDATION_FAILED');
    expect((await clinic.doctor.consultation.visit({ visitId: visit.visitId })).encounter).toBeNull();
  });
});

describe('finishing the visit', () => {
  it('will not sign an empty note', async () => {
    const visit = await clinic.calledVisit('Aishah binti Ali');
    expect(await refusalOf(clinic.doctor.consultation.finish({ visitId: visit.visitId, version: 0 }))).toBe('NOTE_EMPTY');
  });

  it('signs the note and hands the ticket to the cashier when nothing is to be dispensed; the note is then closed to edits', async () => {
    const visit = await clinic.calledVisit('Wong Siew Ling');
    const draft = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: NOTE });
    const finished = await clinic.doctor.consultation.finish({ visitId: visit.visitId, version: draft.version });
    expect(finished.handedTo).toMatchObject({ roomId: clinic.rooms.pay.id, kind: 'payment' });
    expect(finished.encounter).toMatchObject({ status: 'signed', signedByName: 'dr.lim', signedNote: NOTE });
    const payment = await clinic.reception.queue.list({ roomId: clinic.rooms.pay.id });
    expect(payment.waiting.map((entry) => entry.ticketNo)).toContain(visit.ticketNo);
    expect(await refusalOf(clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: finished.encounter.version, note: NOTE }))).toBe('VISIT_CLOSED');
  });

  it('corrects a signed note only by amendment, keeping the signed text, who, when and why', async () => {
    const visit = await clinic.calledVisit('Muthu a/l Rajan');
    const draft = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: NOTE });
    expect(await refusalOf(clinic.doctor.consultation.amend({ visitId: visit.visitId, section: 'plan', text: 'x', reason: 'typo' }))).toBe('NOTE_NOT_SIGNED');
    await clinic.doctor.consultation.finish({ visitId: visit.visitId, version: draft.version });
    const amended = await clinic.otherDoctor.consultation.amend({ visitId: visit.visitId, section: 'plan', text: 'Paracetamol 1 g QID. Review in 3 days.', reason: 'dose left out' });
    expect(amended.note.plan).toBe('Paracetamol 1 g QID. Review in 3 days.');
    expect(amended.signedNote?.plan).toBe(NOTE.plan);
    expect(amended.amendments).toEqual([expect.objectContaining({ section: 'plan', before: NOTE.plan, reason: 'dose left out', amendedBy: 'dr.kumar' })]);
    expect(await refusalOf(clinic.doctor.consultation.amend({ visitId: visit.visitId, section: 'plan', text: amended.note.plan, reason: 'again' }))).toBe('AMENDMENT_UNCHANGED');
    expect(await clinic.admin.audit.list({ action: 'consultation.amend', entityId: amended.id })).toHaveLength(1);
  });

  it('lists the visit on the chart’s timeline with its doctor and diagnoses', async () => {
    const visit = await clinic.calledVisit('Chong Wei');
    const draft = await clinic.doctor.consultation.saveNote({ visitId: visit.visitId, version: 0, note: NOTE });
    const diagnosed = await clinic.doctor.consultation.saveDiagnoses({ visitId: visit.visitId, version: draft.version, diagnoses: [{ code: 'j06.9', primary: true }, { code: 'R50.9', primary: false }] });
    await clinic.doctor.consultation.finish({ visitId: visit.visitId, version: diagnosed.version });
    const page = await clinic.nurse.consultation.timeline({ patientId: visit.patientId });
    expect(page.visits).toEqual([
      expect.objectContaining({
        visitId: visit.visitId,
        doctorName: 'dr.lim',
        encounterStatus: 'signed',
        chiefComplaint: 'fever and cough',
        diagnoses: [expect.objectContaining({ code: 'J06.9', primary: true, description: expect.stringMatching(/upper respiratory infection/i) as string }), expect.objectContaining({ code: 'R50.9', primary: false })],
      }),
    ]);
  });
});

describe('diagnoses', () => {
  it('takes codes from the ICD-10 list only, one primary, and puts the doctor’s used codes first in the next search', async () => {
    const visit = await clinic.calledVisit('Siti Nurhaliza');
    expect(await refusalOf(clinic.doctor.consultation.saveDiagnoses({ visitId: visit.visitId, version: 0, diagnoses: [{ code: 'J99.99', primary: true }] }))).toBe('DIAGNOSIS_CODE_UNKNOWN');
    expect(await refusalOf(clinic.doctor.consultation.saveDiagnoses({ visitId: visit.visitId, version: 0, diagnoses: [{ code: 'J06.9', primary: false }] }))).toBe('VALIDATION_FAILED');
    expect((await clinic.doctor.consultation.visit({ visitId: visit.visitId })).encounter).toBeNull();
    const saved = await clinic.doctor.consultation.saveDiagnoses({ visitId: visit.visitId, version: 0, diagnoses: [{ code: 'A90', primary: true }] });
    expect(saved.diagnoses).toEqual([expect.objectContaining({ code: 'A90', primary: true })]);
    const found = await clinic.doctor.diagnoses.search({ query: 'fever' });
    expect(found[0]?.code).toBe('A90');
  });
});

describe('note templates', () => {
  it('starts a clinic with its common templates, and lets each doctor keep favourites only they change', async () => {
    const seeded = await clinic.doctor.consultation.templates.list();
    expect(seeded.map((template) => template.name)).toEqual(expect.arrayContaining(['URTI', 'Hypertension follow-up', 'Diabetes review']));
    const mine = await clinic.doctor.consultation.templates.saveMine({ name: 'Dengue review', note: { subjective: 'Day __ of fever.', objective: '', assessment: '', plan: '' } });
    expect((await clinic.doctor.consultation.templates.list())[0].name).toBe('Dengue review');
    expect((await clinic.otherDoctor.consultation.templates.list()).map((t) => t.name)).not.toContain('Dengue review');
    expect(await refusalOf(clinic.otherDoctor.consultation.templates.saveMine({ id: mine.id, name: 'Taken over', note: mine.note }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.doctor.consultation.templates.saveClinic({ name: 'Clinic-wide', note: mine.note }))).toBe('FORBIDDEN');
  });
});
