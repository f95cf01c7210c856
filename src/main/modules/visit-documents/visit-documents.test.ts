import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { readPdf, savePagePng } from '../../../../tests/support/pdf-pages';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, registerWalkIn, unlockAfterClockMove, userWithRoles, type TestHub } from '../../../../tests/support/test-hub';
import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';

type Caller = ReturnType<TestHub['caller']>;

// 10:00 in Kuala Lumpur on 3 December 2026; one test moves it to the next day.
let clock = new Date('2026-12-03T02:00:00Z');
let roomId = '';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  roomId = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  const lim = await userWithRoles(testHub, admin, 'dr.lim', ['doctor']);
  await admin.users.update({ id: lim.user.id, displayName: 'Dr Lim Wei Ming', mmcNo: '54321', qualifications: 'MBBS (UM)', roles: ['doctor'] });
  const unregistered = (await userWithRoles(testHub, admin, 'dr.new', ['doctor'])).caller;
  // An edit that leaves the registration out keeps it.
  await admin.users.update({ id: lim.user.id, displayName: 'Dr Lim Wei Ming', roles: ['doctor'] });
  return { testHub, admin, reception, doctor: lim.caller, unregistered };
});

/** A patient checked in today: the visit's id. */
async function checkedIn(name: string, identitySuffix?: string, room = roomId): Promise<{ visitId: string; entryId: string }> {
  const patientId = identitySuffix
    ? (await clinic.reception.patients.register({ fullName: name, identityType: 'mykad', identityNo: `700101-10-${identitySuffix}`, phones: [], address: '', postcode: '', allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }] })).id
    : await registerWalkIn(clinic.reception, name);
  const { visitId, entryId } = await clinic.reception.queue.checkIn({ patientId, roomId: room, chiefComplaint: 'fever', priority: 'normal' });
  return { visitId, entryId };
}

const twoDays = (visitId: string) => ({ visitId, days: 2, from: '2026-12-03', to: '2026-12-04', diagnosis: 'Acute pharyngitis', showDiagnosis: false });

async function textOf(issued: IssuedVisitDocument): Promise<string> {
  return (await readPdf(Buffer.from(issued.pdfBase64, 'base64'))).pages.join('\n');
}

function codeOn(text: string): string {
  const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(text)?.[1];
  if (!code) throw new Error('no verification code on the page');
  return code;
}

describe('a doctor’s registration', () => {
  it('is kept with the user, audited like the other fields, and refused when it is not a registration number', async () => {
    const updates = await clinic.admin.audit.list({ action: 'user.update' });
    expect(updates.map((row) => (row.after as { mmcNo?: string }).mmcNo)).toContain('54321');
    const lim = (await clinic.admin.users.list()).find((user) => user.username === 'dr.lim');
    expect(lim).toMatchObject({ mmcNo: '54321', qualifications: 'MBBS (UM)' });
    expect(await refusalOf(clinic.admin.users.update({ id: lim?.id ?? '', displayName: 'Dr Lim', mmcNo: 'MMC; DROP', roles: ['doctor'] }))).toBe('VALIDATION_FAILED');
  });
});

describe('visitDocuments.issueMedicalCertificate', () => {
  it('prints the MC with the patient, the leave, the doctor’s MMC number and a serial, and no diagnosis unless the patient agreed', async () => {
    const { visitId } = await checkedIn('Tan Ah Kow', '5111');
    const issued = await clinic.doctor.visitDocuments.issueMedicalCertificate(twoDays(visitId));
    expect(issued.serial).toMatch(/^MC-2026-\d{5}$/);
    expect(issued.fileName).toBe(`${issued.serial}.pdf`);
    const pdf = await readPdf(Buffer.from(issued.pdfBase64, 'base64'));
    await savePagePng(Buffer.from(issued.pdfBase64, 'base64'), 'visit-documents-mc');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pageSize).toMatch(/^419\.5\d* x 595\.2\d* pts/);
    const text = pdf.pages[0];
    for (const words of ['SIJIL CUTI SAKIT / MEDICAL CERTIFICATE', 'Tan Ah Kow', '700101-10-5111', '03/12/2026 – 04/12/2026', '2 hari / days', 'Dr Lim Wei Ming', 'MBBS (UM) · MMC 54321', issued.serial]) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/pharyngitis/i);

    const agreed = await clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), days: 1, to: '2026-12-03', showDiagnosis: true });
    expect(await textOf(agreed)).toMatch(/Diagnosis\s+Acute pharyngitis/);
    expect(await textOf(agreed)).toContain('1 hari / day: 03/12/2026');
  });

  it('numbers MCs in one sequence without gaps, refused ones taking no number', async () => {
    const { visitId } = await checkedIn('Siti Aminah');
    const first = await clinic.doctor.visitDocuments.issueMedicalCertificate(twoDays(visitId));
    expect(await refusalOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), days: 3 }))).toBe('MC_DATES_INVALID');
    const second = await clinic.doctor.visitDocuments.issueMedicalCertificate(twoDays(visitId));
    const number = (serial: string) => Number(serial.slice(-5));
    expect(number(second.serial)).toBe(number(first.serial) + 1);
  });

  it('refuses dates that do not add up, backdated leave and leave starting later than the next day', async () => {
    const { visitId } = await checkedIn('Muthu a/l Rajan');
    const reasonOf = async (change: Partial<ReturnType<typeof twoDays>>) =>
      (await refusalDetailsOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), ...change })))?.details.reason;
    expect(await reasonOf({ from: '2026-12-04', to: '2026-12-03' })).toBe('order');
    expect(await reasonOf({ days: 1 })).toBe('days');
    expect(await reasonOf({ from: '2026-12-02', to: '2026-12-03' })).toBe('backdated');
    expect(await reasonOf({ from: '2026-12-05', to: '2026-12-06' })).toBe('tooLate');
    expect(await reasonOf({ days: 30, to: '2027-01-02' })).toBe('tooLong');
    expect(await refusalOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), days: 31 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), diagnosis: null, showDiagnosis: true }))).toBe('VALIDATION_FAILED');
    // Leave from the next day: a patient seen late whose next working day is the one they cannot work.
    expect(await refusalOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), days: 1, from: '2026-12-04', to: '2026-12-04' }))).toBeNull();
    expect(await clinic.doctor.documents.forVisit({ visitId })).toHaveLength(1);
  });

  it('refuses a doctor with no MMC number on file, and reception altogether', async () => {
    const { visitId } = await checkedIn('Wong Mei Ling');
    expect(await refusalDetailsOf(clinic.unregistered.visitDocuments.issueMedicalCertificate(twoDays(visitId)))).toEqual({
      code: 'DOCTOR_REGISTRATION_MISSING',
      details: { name: 'dr.new' },
    });
    expect(await refusalOf(clinic.reception.visitDocuments.issueMedicalCertificate(twoDays(visitId)))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.visitDocuments.issueTimeSlip({ visitId }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.documents.forVisit({ visitId }))).toBe('FORBIDDEN');
  });
});

describe('checking, cancelling and listing a visit’s documents', () => {
  it('answers an employer valid with the leave and nothing else; cancelled after cancelling; unknown for a wrong code', async () => {
    const { visitId } = await checkedIn('Lee Chong Wei');
    const mc = await clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(visitId), showDiagnosis: true });
    const code = codeOn(await textOf(mc));
    const verify = (caller: Caller, serial = mc.serial, typed = code) => caller.documents.verify({ serial, code: typed });

    const valid = await verify(clinic.reception, mc.serial.toLowerCase(), code.toLowerCase().replace('-', ' '));
    expect(valid).toEqual({ status: 'valid', kind: 'medical-certificate', serial: mc.serial, issuedAt: expect.any(String) as string, cancelledAt: null, leave: { from: '2026-12-03', to: '2026-12-04', days: 2 } });
    expect(JSON.stringify(valid)).not.toMatch(/Lee|pharyngitis|700101/);
    expect(await verify(clinic.reception, mc.serial, 'AAAA-AAAA')).toEqual({ status: 'unknown' });
    expect(await verify(clinic.reception, 'MC-2026-99999')).toEqual({ status: 'unknown' });

    expect(await refusalOf(clinic.reception.documents.cancel({ id: mc.id, reason: 'wrong dates' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.doctor.documents.cancel({ id: mc.id, reason: ' ' }))).toBe('VALIDATION_FAILED');
    const cancelled = await clinic.doctor.documents.cancel({ id: mc.id, reason: 'wrong dates, reissued' });
    expect(cancelled).toMatchObject({ serial: mc.serial, cancelledAt: clock.toISOString(), cancelReason: 'wrong dates, reissued' });
    expect(await verify(clinic.reception)).toMatchObject({ status: 'cancelled', cancelledAt: clock.toISOString(), leave: { days: 2 } });
    expect(await refusalOf(clinic.doctor.documents.cancel({ id: mc.id, reason: 'again' }))).toBe('DOCUMENT_CANCELLED');
    expect(await refusalOf(clinic.doctor.documents.reprint({ id: mc.id }))).toBe('DOCUMENT_CANCELLED');

    const listed = await clinic.doctor.documents.forVisit({ visitId });
    expect(listed.map((document) => [document.serial, document.cancelReason, document.visitId])).toEqual([[mc.serial, 'wrong dates, reissued', visitId]]);
    expect(await clinic.admin.audit.list({ action: 'document.cancel', entityId: mc.id })).toHaveLength(1);
  });
});

describe('time slips and referral letters', () => {
  it('prints a time slip from check-in to now, or the times the doctor gives', async () => {
    const { visitId } = await checkedIn('Nurul Izzah');
    const slip = await clinic.doctor.visitDocuments.issueTimeSlip({ visitId, remarks: 'Accompanied by her mother' });
    expect(slip.serial).toMatch(/^TS-2026-\d{5}$/);
    const text = await textOf(slip);
    for (const words of ['SLIP MASA / TIME SLIP', 'Nurul Izzah', '03/12/2026', '10:00 – 10:00', 'Accompanied by her mother', 'MMC 54321']) expect(text).toContain(words);
    expect(await textOf(await clinic.doctor.visitDocuments.issueTimeSlip({ visitId, arrivedAt: '09:15', leftAt: '10:40' }))).toContain('09:15 – 10:40');
    expect(await refusalOf(clinic.doctor.visitDocuments.issueTimeSlip({ visitId, arrivedAt: '11:00', leftAt: '10:40' }))).toBe('VALIDATION_FAILED');
  });

  it('prints an A4 referral letter with the findings and the patient’s allergies', async () => {
    const { visitId } = await checkedIn('Ahmad bin Ismail', '5233');
    const letter = await clinic.doctor.visitDocuments.issueReferralLetter({
      visitId,
      to: { specialistName: 'Dr Rajesh Kumar', specialty: 'Cardiology', hospital: 'Hospital Kuala Lumpur' },
      reason: 'Exertional chest pain for two weeks',
      findings: 'BP 150/95, ECG: ST depression in V4–V6',
      currentMedications: 'Amlodipine 5 mg OD',
      urgency: 'soon',
    });
    expect(letter.serial).toMatch(/^RL-2026-\d{5}$/);
    const pdf = await readPdf(Buffer.from(letter.pdfBase64, 'base64'));
    expect(pdf.pageSize).toMatch(/\(A4\)/);
    const text = pdf.pages.join('\n');
    for (const words of ['REFERRAL LETTER', 'Hospital Kuala Lumpur', 'Dear Dr Rajesh Kumar', 'Ahmad bin Ismail', 'Penicillin – rash', 'ST depression', 'Amlodipine 5 mg OD', 'Soon (within 2 weeks)', 'MMC 54321']) {
      expect(text).toContain(words);
    }
  });
});

describe('quarantine slips', () => {
  const slip = (visitId: string) => ({
    visitId,
    condition: 'Influenza A (J10.1)',
    notifiable: true,
    from: '2026-12-03',
    to: '2026-12-07',
    place: 'Rumah / Home',
    instructions: [
      'Duduk di rumah, elakkan bersemuka dengan orang lain dan pakai pelitup muka. / Stay at home, avoid contact with others and wear a face mask.',
      'Dapatkan rawatan segera jika simptom bertambah teruk. / Seek care at once if the symptoms get worse.',
      'Datang semula untuk pemeriksaan susulan dalam 5 hari. / Return for review in 5 days.',
    ].join('\n'),
  });

  it('prints an A5 slip with its own serial, the condition, the isolation dates and place, the Act, the doctor and a code an employer checks', async () => {
    const { visitId } = await checkedIn('Farah binti Aziz', '5377');
    const issued = await clinic.doctor.visitDocuments.issueQuarantineSlip(slip(visitId));
    expect(issued.serial).toMatch(/^QS-2026-\d{5}$/);
    const pdf = await readPdf(Buffer.from(issued.pdfBase64, 'base64'));
    await savePagePng(Buffer.from(issued.pdfBase64, 'base64'), 'visit-documents-quarantine-slip');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pageSize).toMatch(/^419\.5\d* x 595\.2\d* pts/);
    const text = pdf.pages[0];
    for (const words of ['SLIP KUARANTIN / QUARANTINE SLIP', 'Farah binti Aziz', '700101-10-5377', 'Influenza A (J10.1)', '5 hari / days: 03/12/2026 – 07/12/2026', 'Rumah / Home', 'Notifiable (Act 342)', 'avoid contact with others', 'Examined on 03/12/2026', 'MBBS (UM) · MMC 54321', issued.serial]) {
      expect(text).toContain(words);
    }
    expect(await clinic.reception.documents.verify({ serial: issued.serial, code: codeOn(text) })).toMatchObject({ status: 'valid', kind: 'quarantine-slip', leave: { from: '2026-12-03', to: '2026-12-07', days: 5 } });
    expect(await clinic.admin.audit.list({ action: 'document.issue', entityId: issued.id })).toHaveLength(1);
    expect(await textOf(await clinic.doctor.visitDocuments.issueQuarantineSlip({ ...slip(visitId), notifiable: false }))).not.toContain('Act 342');
  });

  it('refuses backdated or late isolation, dates out of order or too long, a doctor without an MMC number, and reception', async () => {
    const { visitId } = await checkedIn('Kumar a/l Selvam');
    const refusal = (change: Partial<ReturnType<typeof slip>>) => refusalDetailsOf(clinic.doctor.visitDocuments.issueQuarantineSlip({ ...slip(visitId), ...change }));
    expect(await refusal({ from: '2026-12-02' })).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: ['from'] } });
    expect(await refusal({ from: '2026-12-05', to: '2026-12-08' })).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: ['from'] } });
    expect((await refusal({ to: '2026-12-02' }))?.code).toBe('VALIDATION_FAILED');
    expect((await refusal({ to: '2027-01-03' }))?.code).toBe('VALIDATION_FAILED');
    expect((await refusal({ condition: ' ' }))?.code).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.unregistered.visitDocuments.issueQuarantineSlip(slip(visitId)))).toBe('DOCTOR_REGISTRATION_MISSING');
    expect(await refusalOf(clinic.reception.visitDocuments.issueQuarantineSlip(slip(visitId)))).toBe('FORBIDDEN');
    expect(await clinic.doctor.documents.forVisit({ visitId })).toHaveLength(0);
  });
});

describe('which visits take documents', () => {
  it('takes them for a visit finished today (the patient asks at the cashier), not for a no-show nor a visit of an earlier day', async () => {
    // A room of its own, so calling next calls this patient.
    const ownRoom = (await clinic.admin.rooms.save({ code: '2', name: 'Bilik 2', kind: 'consultation', ticketPrefix: 'B', active: true })).id;
    const finished = await checkedIn('Chan Kah Wai', undefined, ownRoom);
    await clinic.doctor.queue.callNext({ roomId: ownRoom });
    await clinic.doctor.queue.complete({ entryId: finished.entryId });
    expect(await refusalOf(clinic.doctor.visitDocuments.issueTimeSlip({ visitId: finished.visitId }))).toBeNull();

    const absent = await checkedIn('Gopal a/l Muniandy');
    await clinic.reception.queue.noShow({ entryId: absent.entryId });
    expect(await refusalOf(clinic.doctor.visitDocuments.issueTimeSlip({ visitId: absent.visitId }))).toBe('VISIT_CLOSED');

    clock = new Date(clock.getTime() + 24 * 60 * 60_000);
    await unlockAfterClockMove(clinic.admin, clinic.doctor);
    expect(await refusalOf(clinic.doctor.visitDocuments.issueMedicalCertificate({ ...twoDays(finished.visitId), from: '2026-12-04', to: '2026-12-05' }))).toBe('VISIT_CLOSED');
  });
});
