import { describe, expect, it } from 'vitest';
import { ageOn, EMPTY_DRAFT, inputFromDraft, withIdentityNo } from './patient-draft';

describe('patient form draft', () => {
  it('fills birth date and sex from a MyKad number once it is valid', () => {
    const typing = withIdentityNo(EMPTY_DRAFT, '850615-14-52', '2026-11-23');
    expect(typing).toMatchObject({ dateOfBirth: '', sex: '' });
    expect(withIdentityNo(typing, '850615-14-5232', '2026-11-23')).toMatchObject({ dateOfBirth: '1985-06-15', sex: 'female', nationality: 'MYS' });
    expect(withIdentityNo({ ...EMPTY_DRAFT, identityType: 'passport' }, '850615-14-5232', '2026-11-23')).toMatchObject({ dateOfBirth: '' });
  });

  it('turns the typed text into API input', () => {
    const input = inputFromDraft({ ...EMPTY_DRAFT, fullName: 'Ali', phones: '012-3456789, , 03-1234 5678', emergencyName: ' ' });
    expect(input).toMatchObject({ phones: ['012-3456789', '03-1234 5678'], emergencyContact: null, email: null, sex: null });
  });

  it('counts age in whole years', () => {
    expect(ageOn('1985-06-15', '2026-06-14')).toBe(40);
    expect(ageOn('1985-06-15', '2026-06-15')).toBe(41);
  });
});
