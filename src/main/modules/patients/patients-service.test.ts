import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { appCode, clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';
import type { RegisterPatientInput } from '../../../shared/schemas/patients';

const clinic = clinicForTests(() => clinicWithReceptionist({ clock: () => new Date('2026-11-23T02:00:00Z') }));

const SITI: RegisterPatientInput = {
  fullName: 'Siti Nurhaliza binti Tarudin',
  identityType: 'mykad',
  identityNo: '790111-06-5432',
  phones: ['+60 12-345 6789'],
  address: '12 Jalan Mawar, Taman Melati',
  postcode: '53100',
  allergies: [{ allergen: 'Penicillin', reaction: 'Rash', severity: 'severe' }],
};

let mykadSerial = 1000;
/** A valid MyKad number not used before in this file. */
function freshMyKad(birth = '880202', place = '10'): string {
  mykadSerial += 1;
  return `${birth}-${place}-${mykadSerial}`;
}

/** The details of the application error a call failed with. */
async function failureOf(call: Promise<unknown>): Promise<{ code: string | undefined; details: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { cause?: { details?: Record<string, unknown> } }).cause;
    return { code: appCode(error), details: data?.details ?? {} };
  }
  throw new Error('the call succeeded');
}

describe('patient registry', () => {
  it('registers a MyKad holder with an MRN, birth date and sex from the number', async () => {
    const siti = await clinic.reception.patients.register(SITI);
    expect(siti.mrn).toMatch(/^MRN-\d{6}$/);
    expect(siti).toMatchObject({ identityNo: '790111-06-5432', dateOfBirth: '1979-01-11', sex: 'female', nationality: 'MYS', version: 1 });
    const next = await clinic.reception.patients.register({ ...SITI, fullName: 'Ahmad bin Ali', identityNo: freshMyKad() });
    expect(Number(next.mrn.slice(4))).toBe(Number(siti.mrn.slice(4)) + 1);
  });

  it('stores phones in international form, read in the clinic’s country, and refuses one that cannot be a phone at its field', async () => {
    const tan = await clinic.reception.patients.register({ ...SITI, fullName: 'Tan Phone Normal', identityNo: freshMyKad(), phones: ['012-345 6780', '+65 9123 4567'] });
    expect(tan.phones).toEqual(['+60 12 345 6780', '+65 9123 4567']);
    const found = async (query: string) => (await clinic.reception.patients.search({ query })).map((p) => p.id);
    expect(await found('+60123456780')).toEqual([tan.id]);
    expect(await found('012-345 6780')).toEqual([tan.id]);
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, fullName: 'Tan Bad Phone', identityNo: freshMyKad(), phones: ['012-345 6789', '123456'] }))).toEqual({
      code: 'PHONE_INVALID',
      details: { fields: ['phones.1'] },
    });
    const edited = { ...tan, emergencyContact: { name: 'Tan Wife', relationship: 'wife', phone: '019 888 7777' } };
    const saved = await clinic.reception.patients.update(edited);
    expect(saved.emergencyContact?.phone).toBe('+60 19 888 7777');
    expect(await failureOf(clinic.reception.patients.update({ ...saved, phones: ['1234567'] }))).toMatchObject({ code: 'PHONE_INVALID', details: { fields: ['phones.0'] } });
  });

  it('finds a patient by any part of the name, the IC with or without dashes, phone digits and MRN', async () => {
    const lim = await clinic.reception.patients.register({ ...SITI, fullName: 'Lim Wei Jie', identityNo: '920304-14-5677', phones: ['03-7876 4321'] });
    const found = async (query: string) => (await clinic.reception.patients.search({ query })).map((p) => p.id);
    expect(await found('wei')).toContain(lim.id);
    expect(await found('Lim Jie')).toContain(lim.id);
    expect(await found('920304145677')).toEqual([lim.id]);
    expect(await found('920304-14')).toEqual([lim.id]);
    expect(await found('78764321')).toEqual([lim.id]);
    expect(await found('7876-4321')).toEqual([lim.id]);
    expect(await found(lim.mrn)).toEqual([lim.id]);
    expect(await found(lim.mrn.toLowerCase().replace('-', ' '))).toEqual([lim.id]);
    expect(await found(lim.mrn.slice(0, -1))).toContain(lim.id);
    expect(await found('MRN-9')).toEqual([]);
    expect(await found('Li')).toContain(lim.id);
    expect(await found('zzzz')).toEqual([]);
    expect(await refusalOf(clinic.reception.patients.search({ query: 'L' }))).toBe('VALIDATION_FAILED');
  });

  it('refuses a second record for the same document and points to the first', async () => {
    const first = await clinic.reception.patients.register({ ...SITI, fullName: 'Tan Mei Ling', identityNo: '850615-14-5230' });
    const refusal = await failureOf(clinic.reception.patients.register({ ...SITI, fullName: 'Tan M L', identityNo: '850615145230' }));
    expect(refusal).toEqual({ code: 'PATIENT_DUPLICATE_IDENTITY', details: { existingPatientId: first.id, existingMrn: first.mrn, fields: ['identityNo'] } });
  });

  it('reads a MyKad written with spaces or dots as the same card, and finds it kept earlier as another document', async () => {
    const spaced = await clinic.reception.patients.register({ ...SITI, fullName: 'Spaced Card', identityNo: '530321 04 4869', sex: null });
    expect(spaced.identityNo).toBe('530321-04-4869');
    expect(spaced.dateOfBirth).toBe('1953-03-21');
    // An old import put this card in as "other document", spaces and all.
    const legacy = await clinic.reception.patients.register({ ...SITI, fullName: 'Legacy Other', identityType: 'other', identityNo: '640802 10 5512', confirmOtherDocument: true });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, fullName: 'Legacy Again', identityNo: '640802-10-5512', sex: null }))).toEqual({
      code: 'PATIENT_DUPLICATE_IDENTITY',
      details: { existingPatientId: legacy.id, existingMrn: legacy.mrn, fields: ['identityNo'] },
    });
    // And the other way round: a MyKad on file, the same digits typed as another document.
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, fullName: 'Spaced Other', identityType: 'other', identityNo: '530321.04.4869', confirmOtherDocument: true }))).toEqual({
      code: 'PATIENT_DUPLICATE_IDENTITY',
      details: { existingPatientId: spaced.id, existingMrn: spaced.mrn, fields: ['identityNo'] },
    });
  });

  it('asks before keeping a MyKad-shaped number as another document, and keeps it once told to', async () => {
    const other = { ...SITI, fullName: 'Short Card', identityType: 'other', identityNo: '74011512570', sex: null } as const;
    expect(await failureOf(clinic.reception.patients.register(other))).toEqual({ code: 'IDENTITY_LOOKS_LIKE_MYKAD', details: { fields: ['identityNo'] } });
    const kept = await clinic.reception.patients.register({ ...other, confirmOtherDocument: true });
    expect(kept).toMatchObject({ identityType: 'other', identityNo: '74011512570' });
    // A document number that is not date-shaped is no warning.
    await clinic.reception.patients.register({ ...SITI, fullName: 'Army Card', identityType: 'other', identityNo: 'T 1234567', sex: null });
  });

  it('warns about a namesake born the same day, and registers once told to', async () => {
    const passport = { ...SITI, fullName: 'Rahul Kumar', identityType: 'passport', nationality: 'IND', dateOfBirth: '1990-05-05', sex: 'male' } as const;
    const first = await clinic.reception.patients.register({ ...passport, identityNo: 'P1234567' });
    const second = { ...passport, fullName: 'rahul  KUMAR', identityNo: 'Z7654321' };
    expect(await failureOf(clinic.reception.patients.register(second))).toEqual({
      code: 'PATIENT_POSSIBLE_DUPLICATE',
      details: { existingPatientId: first.id, existingMrn: first.mrn, fields: ['fullName', 'dateOfBirth'] },
    });
    const registered = await clinic.reception.patients.register({ ...second, confirmPossibleDuplicate: true });
    expect(registered.id).not.toBe(first.id);
  });

  it('refuses an invalid identity number or a birth date that contradicts the MyKad, writing nothing', async () => {
    const before = await clinic.admin.audit.list({ entity: 'patient', limit: 500 });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, identityNo: '791311-06-5432' }))).toEqual({ code: 'IDENTITY_INVALID', details: { reason: 'date', fields: ['identityNo'] } });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, identityNo: '790111-17-5432' }))).toEqual({ code: 'IDENTITY_INVALID', details: { reason: 'place', fields: ['identityNo'] } });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, identityType: 'aadhaar', identityNo: '234567890123' }))).toMatchObject({ code: 'IDENTITY_INVALID' });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, identityNo: freshMyKad(), dateOfBirth: '1979-01-12' }))).toEqual({
      code: 'IDENTITY_INVALID',
      details: { reason: 'mismatch', fields: ['identityNo'] },
    });
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, identityNo: freshMyKad('880202', '10').replace(/\d$/, '3'), sex: 'female' }))).toMatchObject({
      details: { reason: 'mismatch' },
    });
    expect(await clinic.admin.audit.list({ entity: 'patient', limit: 500 })).toEqual(before);
    expect(await clinic.reception.patients.search({ query: '791311' })).toEqual([]);
  });

  it('refuses a birth date in the future or more than 130 years back, and takes one just inside', async () => {
    const passport = { ...SITI, identityType: 'passport', nationality: 'IDN', sex: 'female' } as const;
    const refused = { code: 'VALIDATION_FAILED', details: { fields: ['dateOfBirth'], issues: [{ path: 'dateOfBirth', kind: 'outOfRange', limit: null }] } };
    expect(await failureOf(clinic.reception.patients.register({ ...passport, fullName: 'Typed 1800', identityNo: 'B1800001', dateOfBirth: '1800-01-01' }))).toEqual(refused);
    // The clinic's today is 2026-11-23.
    expect(await failureOf(clinic.reception.patients.register({ ...passport, fullName: 'One Day Over', identityNo: 'B1896001', dateOfBirth: '1896-11-22' }))).toEqual(refused);
    expect(await failureOf(clinic.reception.patients.register({ ...passport, fullName: 'Not Born Yet', identityNo: 'B2026001', dateOfBirth: '2026-11-24' }))).toEqual(refused);
    const oldest = await clinic.reception.patients.register({ ...passport, fullName: 'Oldest Possible', identityNo: 'B1896002', dateOfBirth: '1896-11-23' });
    expect(oldest.dateOfBirth).toBe('1896-11-23');
  });

  it('updates with the version that was read, refuses a stale one, and keeps every version', async () => {
    const patient = await clinic.reception.patients.register({ ...SITI, fullName: 'Muthu a/l Rajan', identityNo: freshMyKad('700707', '01') });
    const id = patient.id;
    // The input schema drops what is not editable (MRN, timestamps), as a client's form would.
    const updated = await clinic.reception.patients.update({ ...patient, employer: 'Syarikat Maju Sdn Bhd' });
    expect(updated).toMatchObject({ version: 2, employer: 'Syarikat Maju Sdn Bhd' });
    expect(await failureOf(clinic.reception.patients.update({ ...patient, employer: 'Other' }))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'stale', currentVersion: 2 },
    });
    const history = await clinic.reception.patients.history({ id });
    expect(history.map((v) => [v.version, v.snapshot.employer, v.changedByName])).toEqual([
      [2, 'Syarikat Maju Sdn Bhd', 'farah'],
      [1, '', 'farah'],
    ]);
    // Reading the history is itself in the log now, after the update.
    const audit = await clinic.admin.audit.list({ entity: 'patient', entityId: id, action: 'patient.update' });
    expect(audit[0]).toMatchObject({ action: 'patient.update', before: { employer: '', version: 1 }, after: { employer: 'Syarikat Maju Sdn Bhd', version: 2 } });
  });

  it('records who opened a patient record', async () => {
    const patient = await clinic.reception.patients.register({ ...SITI, fullName: 'Wong Ah Kow', identityNo: freshMyKad() });
    expect((await clinic.reception.patients.get({ id: patient.id })).mrn).toBe(patient.mrn);
    const [read] = await clinic.admin.audit.list({ entity: 'patient', entityId: patient.id, action: 'patient.read' });
    expect(read).toMatchObject({ action: 'patient.read', actorName: 'farah' });
  });

  it('merges a duplicate into the survivor for admins only, keeping its history and allergies', async () => {
    const survivor = await clinic.reception.patients.register({ ...SITI, fullName: 'Nurul Aina', identityNo: freshMyKad('010101', '14'), allergies: [] });
    const duplicate = await clinic.reception.patients.register({
      ...SITI, fullName: 'Nurul Aina', identityType: 'passport', identityNo: 'A99887766', dateOfBirth: '2001-01-02', nationality: 'MYS',
      allergies: [{ allergen: 'Aspirin', reaction: '', severity: 'moderate' }],
    });
    expect(await refusalOf(clinic.reception.patients.merge({ survivorId: survivor.id, mergedId: duplicate.id }))).toBe('FORBIDDEN');
    const merged = await clinic.admin.patients.merge({ survivorId: survivor.id, mergedId: duplicate.id });
    expect(merged.allergies.map((a) => a.allergen)).toEqual(['Aspirin']);
    expect((await clinic.admin.patients.get({ id: duplicate.id })).mergedIntoId).toBe(survivor.id);
    expect((await clinic.admin.patients.search({ query: 'Nurul Aina' })).map((p) => p.id)).toEqual([survivor.id]);
    expect((await clinic.admin.patients.history({ id: duplicate.id })).map((v) => v.version)).toEqual([2, 1]);
    expect((await clinic.admin.audit.list({ entity: 'patient', action: 'patient.merge' }))[0]).toMatchObject({ entityId: survivor.id });
    expect(await refusalOf(clinic.reception.patients.update({ ...duplicate, version: 2 }))).toBe('CONFLICT');
    expect(await refusalOf(clinic.admin.patients.merge({ survivorId: survivor.id, mergedId: duplicate.id }))).toBe('CONFLICT');
  });

  it('records "no known allergies" as a statement: who and when, kept through other edits, refused beside an allergy, cleared by one', async () => {
    const noStatement = await clinic.reception.patients.register({ ...SITI, fullName: 'Lee Not Asked', identityNo: freshMyKad(), allergies: [] });
    expect(noStatement.noKnownAllergiesRecorded).toBeNull();
    const asked = await clinic.reception.patients.register({ ...SITI, fullName: 'Lee Asked', identityNo: freshMyKad(), allergies: [], noKnownAllergies: true });
    const statement = { recordedAt: '2026-11-23T02:00:00.000Z', recordedByName: 'farah' };
    expect(asked.noKnownAllergiesRecorded).toMatchObject(statement);
    expect(await failureOf(clinic.reception.patients.register({ ...SITI, fullName: 'Lee Both', identityNo: freshMyKad(), noKnownAllergies: true }))).toEqual({
      code: 'NO_KNOWN_ALLERGIES_WITH_ALLERGIES',
      details: { fields: ['noKnownAllergies'] },
    });
    // Saved again for something else, by someone else: the statement stays the one farah recorded.
    const edited = await clinic.admin.patients.update({ ...asked, employer: 'Kedai Lee', noKnownAllergies: true });
    expect(edited.noKnownAllergiesRecorded).toEqual(asked.noKnownAllergiesRecorded);
    expect((await clinic.reception.patients.search({ query: 'Lee Asked' }))[0].noKnownAllergiesRecorded).toEqual(asked.noKnownAllergiesRecorded);
    expect(await refusalOf(clinic.reception.patients.update({ ...edited, allergies: [{ allergen: 'Latex', severity: 'mild' }], noKnownAllergies: true }))).toBe('NO_KNOWN_ALLERGIES_WITH_ALLERGIES');
    const allergic = await clinic.reception.patients.update({ ...edited, allergies: [{ allergen: 'Latex', severity: 'mild' }] });
    expect(allergic).toMatchObject({ allergies: [{ allergen: 'Latex' }], noKnownAllergiesRecorded: null });
    const history = await clinic.reception.patients.history({ id: asked.id });
    expect(history.map((v) => v.snapshot.noKnownAllergiesRecorded?.recordedByName ?? null)).toEqual([null, 'farah', 'farah']);
    const [audit] = await clinic.admin.audit.list({ entity: 'patient', entityId: asked.id, action: 'patient.update' });
    expect(audit).toMatchObject({ before: { noKnownAllergiesRecorded: statement }, after: { noKnownAllergiesRecorded: null } });
  });

  it('merges "no known allergies" sensibly: an allergy on either side outweighs it; with none, a statement on either side is kept', async () => {
    const register = (fullName: string, fields: Partial<RegisterPatientInput>) => clinic.reception.patients.register({ ...SITI, fullName, identityNo: freshMyKad('020202', '14'), ...fields });
    const stated = await register('Merge Stated', { allergies: [], noKnownAllergies: true });
    const allergic = await register('Merge Allergic', { allergies: [{ allergen: 'Sulfa', reaction: '', severity: 'severe' }] });
    expect(await clinic.admin.patients.merge({ survivorId: stated.id, mergedId: allergic.id })).toMatchObject({ allergies: [{ allergen: 'Sulfa' }], noKnownAllergiesRecorded: null });
    const unasked = await register('Merge Unasked', { allergies: [] });
    const statedToo = await register('Merge Stated Too', { allergies: [], noKnownAllergies: true });
    expect((await clinic.admin.patients.merge({ survivorId: unasked.id, mergedId: statedToo.id })).noKnownAllergiesRecorded).toEqual(statedToo.noKnownAllergiesRecorded);
  });

  it('keeps the audit chain intact through all of it', async () => {
    expect(await clinic.admin.audit.verify()).toMatchObject({ ok: true });
  });
});
