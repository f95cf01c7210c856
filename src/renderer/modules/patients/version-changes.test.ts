import { describe, expect, it } from 'vitest';
import type { Patient, PatientVersion } from '../../../shared/schemas/patients';
import { changedFields, markUnmatched, versionChanges } from './version-changes';

const REGISTERED: Patient = {
  id: '0190a000-0000-7000-8000-000000000001',
  mrn: 'MRN-000001',
  fullName: 'Tan Ah Kow',
  identityType: 'mykad',
  identityNo: '750312-08-5153',
  nationality: 'MYS',
  dateOfBirth: '1975-03-12',
  sex: 'male',
  phones: ['012-777 1234'],
  email: null,
  address: '',
  postcode: '',
  emergencyContact: { name: 'Tan Mei Ling', relationship: 'daughter', phone: '016-222 3333' },
  employer: '',
  panels: [],
  allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }],
  noKnownAllergiesRecorded: null,
  chronicConditions: [],
  alerts: [],
  mergedIntoId: null,
  version: 1,
  createdAt: '2026-11-23T00:10:00.000Z',
  updatedAt: '2026-11-23T00:10:00.000Z',
};

function saved(snapshot: Patient, changedByName: string | null): PatientVersion {
  return { version: snapshot.version, snapshot, changedAt: snapshot.updatedAt, changedBy: changedByName ? 'user-1' : null, changedByName };
}

describe('what each saved version of a patient changed', () => {
  it('names only the fields a person changed, in form order, not the bookkeeping', () => {
    const edited: Patient = { ...REGISTERED, phones: ['013-999 0000'], alerts: ['Hard of hearing'], version: 2, updatedAt: '2026-11-24T01:00:00.000Z' };
    expect(changedFields(REGISTERED, edited)).toEqual(['phones', 'alerts']);
    expect(changedFields(REGISTERED, { ...REGISTERED, version: 7, updatedAt: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('does not call a value changed when only the order of its keys differs', () => {
    const reordered: Patient = { ...REGISTERED, emergencyContact: { phone: '016-222 3333', relationship: 'daughter', name: 'Tan Mei Ling' } };
    expect(changedFields(REGISTERED, reordered)).toEqual([]);
    expect(changedFields(REGISTERED, { ...REGISTERED, emergencyContact: { name: 'Tan Mei Ling', relationship: 'daughter', phone: '016-222 4444' } })).toEqual(['emergencyContact']);
  });

  it('lists versions newest first, each against the one before, the first with nothing to compare', () => {
    const second: Patient = { ...REGISTERED, phones: ['013-999 0000'], version: 2 };
    const third: Patient = { ...second, mergedIntoId: '0190a000-0000-7000-8000-000000000009', version: 3 };
    // The hub sends newest first; the order must not matter.
    const history = versionChanges([saved(second, 'Farah'), saved(third, null), saved(REGISTERED, 'Farah')]);
    expect(history.map((entry) => [entry.version, entry.fields])).toEqual([
      [3, ['mergedIntoId']],
      [2, ['phones']],
      [1, []],
    ]);
    expect(history[1]).toMatchObject({ before: REGISTERED, after: second, changedByName: 'Farah' });
    expect(history[2].before).toBeNull();
  });

  it('marks list entries the other side lacks: removed before, added after', () => {
    const before = REGISTERED.allergies;
    const after = [...before.map((a) => ({ ...a, severity: 'moderate' as const })), { allergen: 'Aspirin', reaction: '', severity: 'mild' as const }];
    expect(markUnmatched(before, after).map((m) => m.unmatched)).toEqual([true]);
    expect(markUnmatched(after, before).map((m) => [m.item.allergen, m.unmatched])).toEqual([
      ['Penicillin', true],
      ['Aspirin', true],
    ]);
    expect(markUnmatched(['012-777 1234', '03-1234 5678'], ['03-1234 5678'])).toEqual([
      { item: '012-777 1234', unmatched: true },
      { item: '03-1234 5678', unmatched: false },
    ]);
  });
});
