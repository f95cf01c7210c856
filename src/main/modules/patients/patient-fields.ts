import { checkIdentity, type IdentityInvalidReason } from '../../../shared/identity/identity';
import type { PatientFields } from '../../../shared/schemas/patients';

export type FieldsCheck =
  | { ok: true; fields: PatientFields }
  | { ok: false; code: 'IDENTITY_INVALID'; reason: IdentityInvalidReason | 'mismatch' }
  | { ok: false; code: 'VALIDATION_FAILED'; field: 'dateOfBirth' };

/** Nobody alive is older: a birth date further back is a typing slip (1800-01-01, 0197-…). */
const OLDEST_AGE_YEARS = 130;

/**
 * The fields as they will be stored: identity checked and normalised, MyKad's birth date and
 * sex derived (a different date or sex typed in is refused), no birth date after `today`
 * (the clinic's date, YYYY-MM-DD) or more than OLDEST_AGE_YEARS before it. Registration and CSV
 * import both go through here.
 */
export function normalisePatientFields(input: PatientFields, today: string): FieldsCheck {
  const identity = checkIdentity(input.identityType, input.identityNo, input.nationality, today);
  if (!identity.ok) return { ok: false, code: 'IDENTITY_INVALID', reason: identity.reason };
  if ((identity.dateOfBirth && input.dateOfBirth && identity.dateOfBirth !== input.dateOfBirth) || (identity.sex && input.sex && identity.sex !== input.sex)) {
    return { ok: false, code: 'IDENTITY_INVALID', reason: 'mismatch' };
  }
  const dateOfBirth = identity.dateOfBirth ?? input.dateOfBirth;
  if (dateOfBirth && (dateOfBirth > today || dateOfBirth < yearsBefore(today, OLDEST_AGE_YEARS))) return { ok: false, code: 'VALIDATION_FAILED', field: 'dateOfBirth' };
  return {
    ok: true,
    fields: {
      ...input,
      fullName: input.fullName.replace(/\s+/g, ' '),
      identityNo: identity.identityNo,
      nationality: identity.nationality,
      dateOfBirth,
      sex: identity.sex ?? input.sex,
    },
  };
}

/** The same day `years` earlier, as YYYY-MM-DD (strings of that shape sort as dates). */
function yearsBefore(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${day.slice(4)}`;
}
