import { describe, expect, it } from 'vitest';
import type { Patient } from '../../../shared/schemas/patients';
import { ageOn, asMyKad, draftFromPatient, EMPTY_DRAFT, inputFromDraft, LIST_LIMITS, withIdentityNo } from './patient-draft';

describe('patient form draft', () => {
  it('fills birth date and sex from a MyKad number once it is valid', () => {
    const typing = withIdentityNo(EMPTY_DRAFT, '850615-14-52', '2026-11-23');
    expect(typing).toMatchObject({ dateOfBirth: '', sex: '' });
    expect(withIdentityNo(typing, '850615-14-5232', '2026-11-23')).toMatchObject({ dateOfBirth: '1985-06-15', sex: 'female', nationality: 'MYS' });
    expect(withIdentityNo({ ...EMPTY_DRAFT, identityType: 'passport' }, '850615-14-5232', '2026-11-23')).toMatchObject({ dateOfBirth: '' });
  });

  it('switches a MyKad kept as another document to MyKad: number written as on the card, birth date and sex from it, a different one flagged', () => {
    const other = { ...EMPTY_DRAFT, identityType: 'other' as const, identityNo: '850615 14 5232', nationality: 'IDN' };
    expect(asMyKad(other, '2026-11-23')).toEqual({
      draft: { ...other, identityType: 'mykad', identityNo: '850615-14-5232', nationality: 'MYS', dateOfBirth: '1985-06-15', sex: 'female' },
      replaced: false,
    });
    expect(asMyKad({ ...other, dateOfBirth: '1985-06-15', sex: 'female' }, '2026-11-23')?.replaced).toBe(false);
    expect(asMyKad({ ...other, dateOfBirth: '1985-06-16' }, '2026-11-23')?.replaced).toBe(true);
    expect(asMyKad({ ...other, sex: 'male' }, '2026-11-23')?.replaced).toBe(true);
    expect(asMyKad({ ...other, identityNo: '851315-14-5232' }, '2026-11-23')).toBeNull();
    expect(asMyKad({ ...other, identityNo: '850615-19-5232' }, '2026-11-23')).toBeNull();
  });

  it('turns the typed text into API input', () => {
    const input = inputFromDraft({
      ...EMPTY_DRAFT, fullName: 'Ali', phones: [' 012-3456789', '', '03-1234 5678'], emergencyName: ' ', chronicConditions: ['Asthma', ' '], alerts: [' Deaf '],
    });
    expect(input).toMatchObject({
      phones: ['012-3456789', '03-1234 5678'], chronicConditions: ['Asthma'], alerts: ['Deaf'], emergencyContact: null, email: null, sex: null,
    });
  });

  it('gives back every list of a saved record unchanged, so an edit of the phone keeps panels, conditions and alerts', () => {
    const patient: Patient = {
      id: '0190a000-0000-7000-8000-000000000001', mrn: 'MRN-000001', fullName: 'Tan Ah Kow', identityType: 'passport', identityNo: 'A1234567',
      nationality: 'SGP', dateOfBirth: null, sex: null, phones: ['012-777 1234', '03-1234 5678'], email: null, address: '', postcode: '',
      emergencyContact: null, employer: '',
      panels: [{ panelId: '0190a000-0000-7000-8000-0000000000aa', memberNo: 'AIA-778812', relationship: 'self', validFrom: '2026-01-01', validTo: null }],
      allergies: [{ allergen: 'Aspirin', reaction: '', severity: 'mild' }],
      noKnownAllergiesRecorded: null,
      chronicConditions: ['Type 2 diabetes'], alerts: ['Hard of hearing'], mergedIntoId: null, version: 3, createdAt: '', updatedAt: '',
    };
    const { phones, panels, allergies, chronicConditions, alerts } = patient;
    expect(inputFromDraft(draftFromPatient(patient))).toMatchObject({ phones, panels, allergies, chronicConditions, alerts });
    // A record without a phone still offers a row to type one into.
    expect(draftFromPatient({ ...patient, phones: [] }).phones).toEqual(['']);
  });

  it('takes its list limits from the shared schema', () => {
    expect(LIST_LIMITS).toEqual({ phones: 5, panels: 10, allergies: 50, chronicConditions: 50, alerts: 20 });
  });

  it('counts age in whole years', () => {
    expect(ageOn('1985-06-15', '2026-06-14')).toBe(40);
    expect(ageOn('1985-06-15', '2026-06-15')).toBe(41);
  });
});
