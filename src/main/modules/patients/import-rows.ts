import type { CountryCode } from 'libphonenumber-js';
import type { IdentityType } from '../../../shared/identity/identity';
import { looksLikeMyKad, parseMyKad } from '../../../shared/identity/mykad';
import { importedDate } from './import-dates';
import type { ImportDateFormat, ImportField, ImportRejection, ImportWarning } from '../../../shared/schemas/patient-import';
import { internationalPhone } from '../../../shared/phone-numbers';
import { patientFieldsSchema, type PatientFields } from '../../../shared/schemas/patients';
import { normalisePatientFields } from './patient-fields';

export { columnIndexes } from '../../csv-import/column-indexes';

/** Target field → column index, worked out once from the header (or the first record's width). */
export type ColumnIndexes = Partial<Record<ImportField, number>>;

/** How the file's cells are read: its date format, the clinic's today (YYYY-MM-DD) and the clinic's country for phones. */
export interface RowReading {
  dateFormat: ImportDateFormat;
  today: string;
  home: CountryCode;
}

export type MappedRow = { ok: true; fields: PatientFields; warnings: ImportWarning['reason'][] } | { ok: false; rejection: ImportRejection };

const IDENTITY_WORDS: Record<string, IdentityType> = {
  mykad: 'mykad', ic: 'mykad', nric: 'mykad', kp: 'mykad', mykid: 'mykad', kadpengenalan: 'mykad',
  passport: 'passport', pasport: 'passport', aadhaar: 'aadhaar', aadhar: 'aadhaar', other: 'other', lain: 'other', lainlain: 'other',
};
const SEX_WORDS: Record<string, 'male' | 'female'> = { m: 'male', male: 'male', l: 'male', lelaki: 'male', f: 'female', female: 'female', p: 'female', perempuan: 'female', wanita: 'female' };
/** As parseMyKad reads it: `530321-04-4869`, `530321044869`, `530321 04 4869`, `530321.04.4869`. */
const MYKAD_SHAPE = /^\d{6} ?[-.]? ?\d{2} ?[-.]? ?\d{4}$/;

/**
 * One CSV record as the patient fields it stands for, checked exactly as a registration at
 * the counter is (zod schema, then identity and birth date), or the reason it is rejected.
 * `row` is the record's number in the file. A phone that cannot be one is left out, with a
 * warning: the patient is still worth importing.
 */
export function mapRecord(record: readonly string[], row: number, columns: ColumnIndexes, { dateFormat, today, home }: RowReading): MappedRow {
  const cell = (field: ImportField): string => {
    const index = columns[field];
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  const reject = (detail: ImportField): MappedRow => ({ ok: false, rejection: { row, reason: 'field', detail } });
  const identityNo = cell('identityNo');
  const identityType = identityTypeOf(cell('identityType'), identityNo);
  if (!identityType) return reject('identityType');
  const sexText = cell('sex').toLowerCase();
  const sex = sexText ? SEX_WORDS[sexText] : null;
  if (sex === undefined) return reject('sex');
  const dateText = cell('dateOfBirth');
  const fileDate = dateText ? isoDate(dateText, dateFormat, today) : null;
  // The MyKad holds the date of birth: the file's, unreadable or different, is set aside and flagged.
  const myKadDate = identityType === 'mykad' ? parseMyKad(identityNo, today) : null;
  const dateFromCard = myKadDate?.ok === true && fileDate !== myKadDate.dateOfBirth;
  const dateOfBirth = dateFromCard ? null : fileDate;
  if (dateOfBirth === undefined) return reject('dateOfBirth');
  const typedPhones = cell('phone').split(/[;/,]/).map((phone) => phone.trim()).filter(Boolean);
  const phones = typedPhones.map((phone) => internationalPhone(phone, home)).filter((phone): phone is string => phone !== null);
  const parsed = patientFieldsSchema.safeParse({
    fullName: cell('fullName'),
    identityType,
    identityNo,
    nationality: cell('nationality') || null,
    dateOfBirth,
    sex,
    phones,
    email: cell('email') || null,
    address: cell('address'),
    postcode: cell('postcode'),
    employer: cell('employer'),
  });
  if (!parsed.success) return reject(fieldOfIssue(String(parsed.error.issues[0]?.path[0] ?? 'fullName')));
  const checked = normalisePatientFields(parsed.data, today, home);
  if (checked.ok) {
    const warnings: ImportWarning['reason'][] = [];
    if (phones.length < typedPhones.length) warnings.push('phone-unreadable');
    if (checked.fields.identityType === 'other' && looksLikeMyKad(checked.fields.identityNo)) warnings.push('identity-looks-like-mykad');
    if (dateFromCard && dateText) warnings.push('date-of-birth-mismatch');
    return { ok: true, fields: checked.fields, warnings };
  }
  if (checked.code === 'IDENTITY_INVALID') return { ok: false, rejection: { row, reason: 'identity', detail: checked.reason } };
  // The file's phones were read above; an import carries no emergency contact.
  return reject(checked.code === 'PHONE_INVALID' ? 'phone' : checked.field);
}

/** The document type as written, or, with no type column, MyKad for a MyKad-shaped number and "other" for the rest. */
function identityTypeOf(text: string, identityNo: string): IdentityType | null {
  if (!text) return MYKAD_SHAPE.test(identityNo) ? 'mykad' : 'other';
  return IDENTITY_WORDS[text.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

function fieldOfIssue(path: string): ImportField {
  return path === 'phones' ? 'phone' : (path as ImportField);
}

/** The date as YYYY-MM-DD, or undefined when it is not a real date in the file's format (see import-dates.ts). */
function isoDate(text: string, format: ImportDateFormat, today: string): string | undefined {
  return importedDate(text, format, today) ?? undefined;
}
