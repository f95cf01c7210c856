import { checkIdentity, type IdentityInvalidReason } from '../../../shared/identity/identity';
import { internationalPhone } from '../../../shared/phone-numbers';
import type { PatientFields } from '../../../shared/schemas/patients';
import type { CountryCode } from 'libphonenumber-js';

export type FieldsCheck =
  | { ok: true; fields: PatientFields }
  | { ok: false; code: 'IDENTITY_INVALID'; reason: IdentityInvalidReason | 'mismatch' }
  | { ok: false; code: 'VALIDATION_FAILED'; field: 'dateOfBirth' }
  /** `field` is where the number was typed: `phones.1` or `emergencyContact.phone`. */
  | { ok: false; code: 'PHONE_INVALID'; field: string };

/** Nobody alive is older: a birth date further back is a typing slip (1800-01-01, 0197-…). */
const OLDEST_AGE_YEARS = 130;

/**
 * The fields as they will be stored: identity checked and normalised, MyKad's birth date and
 * sex derived (a different date or sex typed in is refused), no birth date after `today`
 * (the clinic's date, YYYY-MM-DD) or more than OLDEST_AGE_YEARS before it, phones in
 * international form (a number without a country code is read in `home`, the clinic's country).
 * Registration, edits and CSV import all go through here.
 */
export function normalisePatientFields(input: PatientFields, today: string, home: CountryCode): FieldsCheck {
  const identity = checkIdentity(input.identityType, input.identityNo, input.nationality, today);
  if (!identity.ok) return { ok: false, code: 'IDENTITY_INVALID', reason: identity.reason };
  if ((identity.dateOfBirth && input.dateOfBirth && identity.dateOfBirth !== input.dateOfBirth) || (identity.sex && input.sex && identity.sex !== input.sex)) {
    return { ok: false, code: 'IDENTITY_INVALID', reason: 'mismatch' };
  }
  const dateOfBirth = identity.dateOfBirth ?? input.dateOfBirth;
  if (dateOfBirth && (dateOfBirth > today || dateOfBirth < yearsBefore(today, OLDEST_AGE_YEARS))) return { ok: false, code: 'VALIDATION_FAILED', field: 'dateOfBirth' };
  const phones = input.phones.map((phone) => internationalPhone(phone, home));
  const unreadable = phones.findIndex((phone) => phone === null);
  if (unreadable >= 0) return { ok: false, code: 'PHONE_INVALID', field: `phones.${unreadable}` };
  const contactPhone = input.emergencyContact ? internationalPhone(input.emergencyContact.phone, home) : null;
  if (input.emergencyContact && !contactPhone) return { ok: false, code: 'PHONE_INVALID', field: 'emergencyContact.phone' };
  return {
    ok: true,
    fields: {
      ...input,
      fullName: input.fullName.replace(/\s+/g, ' '),
      identityNo: identity.identityNo,
      nationality: identity.nationality,
      dateOfBirth,
      sex: identity.sex ?? input.sex,
      phones: phones.filter((phone): phone is string => phone !== null),
      emergencyContact: input.emergencyContact && contactPhone ? { ...input.emergencyContact, phone: contactPhone } : null,
    },
  };
}

/** The same day `years` earlier, as YYYY-MM-DD (strings of that shape sort as dates). */
function yearsBefore(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${day.slice(4)}`;
}
