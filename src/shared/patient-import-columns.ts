import { guessColumns } from './csv-columns';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './schemas/patient-import';

export { columnNames } from './csv-columns';

/**
 * Header words legacy systems use, English and Malay, compared without case, spaces or
 * punctuation. Longer, more specific words come first so "IC type" is not taken for "IC".
 */
const HEADER_GUESSES: Record<ImportField, readonly string[]> = {
  identityType: ['identitytype', 'idtype', 'documenttype', 'doctype', 'jenisdokumen', 'jenispengenalan', 'ictype'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'tarikhlahir', 'tlahir'],
  fullName: ['fullname', 'patientname', 'name', 'namapenuh', 'namapesakit', 'nama'],
  identityNo: ['identityno', 'identitynumber', 'icno', 'nric', 'mykad', 'ic', 'nokp', 'nokadpengenalan', 'kadpengenalan', 'passportno', 'passport', 'idno', 'id'],
  nationality: ['nationality', 'citizenship', 'warganegara', 'kewarganegaraan'],
  sex: ['sex', 'gender', 'jantina'],
  phone: ['phone', 'mobile', 'tel', 'telephone', 'handphone', 'hp', 'notel', 'nohp', 'telefon', 'notelefon'],
  email: ['email', 'emel', 'mail'],
  address: ['address', 'alamat', 'homeaddress'],
  postcode: ['postcode', 'poskod', 'zip', 'postalcode'],
  employer: ['employer', 'company', 'majikan', 'syarikat'],
};

/** A first mapping from the header row, for the user to correct: each field takes the first column whose name it knows. */
export function guessMapping(columns: readonly string[]): Partial<ImportMapping> {
  const order: ImportField[] = ['identityType', 'dateOfBirth', ...IMPORT_FIELDS.filter((f) => f !== 'identityType' && f !== 'dateOfBirth')];
  return guessColumns(columns, HEADER_GUESSES, order);
}
