import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(() => clinicWithReceptionist({ clock: () => new Date('2026-11-23T02:00:00Z') }));

let documentNo = 0;
async function registered(...fullNames: string[]): Promise<void> {
  for (const fullName of fullNames) {
    documentNo += 1;
    await clinic.reception.patients.register({ fullName, identityType: 'other', identityNo: `SEARCH-${documentNo}` });
  }
}

const names = async (query: string): Promise<string[]> => (await clinic.reception.patients.search({ query })).map((patient) => patient.fullName);

describe('patient search ranking and routing', () => {
  it('lists names starting with the word first, then a later word starting with it, then names containing it', async () => {
    await registered('Salim bin Omar', 'Halim Tan', 'Ah Lim Boon', 'Lim Wei Jie', 'Lim Ah Kow', 'Halim Boonsong');
    expect(await names('lim')).toEqual(['Lim Ah Kow', 'Lim Wei Jie', 'Ah Lim Boon', 'Halim Boonsong', 'Halim Tan', 'Salim bin Omar']);
    // Several words: the more of them start a word of the name, the higher.
    expect(await names('lim boon')).toEqual(['Ah Lim Boon', 'Halim Boonsong']);
  });

  it('finds a name starting with the word even when a hundred earlier patients only contain it', async () => {
    // Only the first few dozen trigram matches are ranked; a name that starts with the word comes from the name index.
    await registered(...Array.from({ length: 105 }, (_, i) => `Xavier Ravi ${i + 1}`), 'Avinash Kumar');
    const found = await names('avi');
    expect(found[0]).toBe('Avinash Kumar');
    expect(found).toHaveLength(20);
    expect(found.every((name) => name.toLowerCase().includes('avi'))).toBe(true);
  });

  it('answers two characters with names starting with them, then names with a later word starting with them', async () => {
    await registered('Iqi Tan', 'Nur Qistina', 'Qistina Ali');
    expect(await names('qi')).toEqual(['Qistina Ali', 'Nur Qistina']);
    expect(await names('QI')).toEqual(['Qistina Ali', 'Nur Qistina']);
  });

  it('matches a number against names too, not only identity numbers and phones', async () => {
    // A typed number goes to the trigram index over every column: "Bayi 2 Siti"-style names stay findable.
    await registered('Bayi 20261123 Siti');
    expect(await names('20261123')).toEqual(['Bayi 20261123 Siti']);
    expect(await names('2026-11-23')).toEqual(['Bayi 20261123 Siti']);
  });
});

describe('phones and one-character surnames', () => {
  it('finds a phone typed in international form however it was stored, and the other way round', async () => {
    await clinic.reception.patients.register({ fullName: 'Phone Local Form', identityType: 'other', identityNo: 'PHONE-1', phones: ['012-345 6789'] });
    await clinic.reception.patients.register({ fullName: 'Phone International Form', identityType: 'other', identityNo: 'PHONE-2', phones: ['+60 13-987 6543'] });
    for (const query of ['+60123456789', '+60 12-345 6789', '0060123456789', '012-345 6789', '0123456789']) {
      expect(await names(query), query).toEqual(['Phone Local Form']);
    }
    for (const query of ['+60139876543', '013-987 6543', '0139876543']) {
      expect(await names(query), query).toEqual(['Phone International Form']);
    }
  });

  it('searches a single Chinese, Korean or Japanese character, and still refuses a single Latin letter', async () => {
    await registered('陈伟明', '林美玲', 'Tan 陈 Ah Kow', '김민준');
    expect(await names('陈')).toEqual(['陈伟明']);
    expect(await names('林')).toEqual(['林美玲']);
    expect(await names('김')).toEqual(['김민준']);
    expect(await refusalOf(clinic.reception.patients.search({ query: 't' }))).toBe('VALIDATION_FAILED');
  });
});

describe('queries and names holding characters no keyboard types', () => {
  it('reads control characters in a query (a pasted NUL or tab) as spaces, and never fails inside', async () => {
    await registered('Tan Control Kow');
    for (const query of ['tan\0', '\0tan', 'tan\0\0\0', 'ta\0n control', 'control\u0007', 'mrn\0', 'co\u0085ntrol kow']) {
      expect(await refusalOf(clinic.reception.patients.search({ query })), JSON.stringify(query)).toBeNull();
    }
    expect(await names('control\0kow')).toEqual(['Tan Control Kow']);
    expect(await names('\0\0tan control\t')).toEqual(['Tan Control Kow']);
  });

  it('drops half a surrogate pair from a query, and keeps whole pairs', async () => {
    expect(await names('\uD800control')).toEqual(['Tan Control Kow']);
    expect(await refusalOf(clinic.reception.patients.search({ query: '😀😀' }))).toBeNull();
  });

  it('refuses a query left shorter than two characters once control characters are gone, as it refuses a short one', async () => {
    expect(await refusalOf(clinic.reception.patients.search({ query: '\0\0\0' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.search({ query: 'a\0' }))).toBe('VALIDATION_FAILED');
  });

  it('refuses control characters and half surrogate pairs in what is stored about a patient', async () => {
    const patient = { fullName: 'Lim Clean', identityType: 'other' as const, identityNo: 'CTRL-1' };
    expect(await refusalOf(clinic.reception.patients.register({ ...patient, fullName: 'Lim\0 Ah Kow' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.register({ ...patient, fullName: 'Lim \uD800Ah' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.register({ ...patient, identityNo: 'CTRL\u00071' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.register({ ...patient, allergies: [{ allergen: 'Penicillin\0', severity: 'mild' }] }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.register({ ...patient, fullName: 'Lim 😀 Ah Kow' }))).toBeNull();
  });
});
