import { describe, expect, it } from 'vitest';
import { columnNames, guessMapping } from './patient-import-columns';

describe('import column mapping', () => {
  it('guesses fields from English and Malay headers', () => {
    expect(guessMapping(['Nama', 'No KP', 'Tarikh Lahir', 'Jantina', 'No. Tel', 'Alamat', 'Poskod', 'Majikan', 'Emel'])).toEqual({
      fullName: 'Nama', identityNo: 'No KP', dateOfBirth: 'Tarikh Lahir', sex: 'Jantina', phone: 'No. Tel', address: 'Alamat',
      postcode: 'Poskod', employer: 'Majikan', email: 'Emel',
    });
    expect(guessMapping(['Patient Name', 'IC', 'ID Type', 'DOB', 'Mobile', 'Nationality'])).toEqual({
      fullName: 'Patient Name', identityNo: 'IC', identityType: 'ID Type', dateOfBirth: 'DOB', phone: 'Mobile', nationality: 'Nationality',
    });
    expect(guessMapping(['foo', 'bar'])).toEqual({});
  });

  it('names columns by header, or by position without one', () => {
    expect(columnNames([' Name ', 'IC'], true)).toEqual(['Name', 'IC']);
    expect(columnNames(['Tan', '850615-14-5230'], false)).toEqual(['Column 1', 'Column 2']);
  });
});
