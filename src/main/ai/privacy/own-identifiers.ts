import type { Patient } from '../../../shared/schemas/patients';
import { readPhone } from '../../../shared/phone-numbers';
import { bounded, namePatterns } from './name-forms';
import { escapeRegExp, type TokenKind } from './tokens';

/** What the record says about the person that must never leave the PC. */
export type PatientIdentifiers = Pick<Patient, 'fullName' | 'identityType' | 'identityNo' | 'dateOfBirth' | 'phones' | 'email' | 'address' | 'postcode' | 'employer' | 'emergencyContact' | 'mrn'>;

/** One of the patient's own identifiers: how to find it in text, and the token it becomes. */
export interface OwnIdentifier {
  kind: TokenKind;
  /** The value the token stands for (put back into the answer). */
  value: string;
  /** Every form it may be written in, as alternatives tried in order at each place (the longest first). */
  pattern: RegExp;
}

const SEPARATORS = '[\\s\\-./]*';

const IDENTITY_KIND: Record<PatientIdentifiers['identityType'], TokenKind> = { mykad: 'MYKAD', passport: 'PASSPORT', aadhaar: 'AADHAAR', other: 'ID' };

/** The characters of a number or code, in order, whatever spaces, dashes, dots or slashes are typed between them. */
export function spacedAnyhow(value: string): string | null {
  const chars = [...value.normalize('NFKC')].filter((char) => /[\p{L}\p{N}]/u.test(char));
  if (chars.length < 4) return null;
  return bounded(chars.map((char) => escapeRegExp(char)).join(SEPARATORS));
}

/** A phone as it may be written: with or without +60 / 0060 / 60, the trunk 0, in any spacing. */
export function phonePattern(typed: string): string | null {
  const phone = readPhone(typed);
  if (!phone) return spacedAnyhow(typed);
  const digits = phone.nationalNumber.split('').join('[\\s\\-.]*');
  const code = phone.countryCallingCode;
  return `(?<![\\d+])(?:(?:\\+|00)[\\s-]*${code}[\\s\\-.]*|${code}[\\s\\-.]*)?(?:\\(?0\\)?[\\s\\-.]*)?${digits}(?!\\d)`;
}

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januari'],
  ['february', 'feb', 'februari'],
  ['march', 'mar', 'mac'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'jun'],
  ['july', 'jul', 'julai'],
  ['august', 'aug', 'ogos', 'ogo'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec', 'disember', 'dis'],
];

/** A date of birth in the ways clinics write it: 1990-01-31, 31/01/1990, 31.1.90, 31 Jan 1990, 31 Januari 1990, January 31, 1990. */
export function datePattern(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const m = Number(month);
  const d = Number(day);
  const dd = `0?${d}`;
  const mm = `0?${m}`;
  const yy = `(?:${year}|${year.slice(2)})`;
  const names = `(?:${MONTHS[m - 1].join('|')})\\.?`;
  const sep = '[-/.\\s]';
  return bounded([`${year}${sep}${mm}${sep}${dd}`, `${dd}${sep}${mm}${sep}${yy}`, `${dd}(?:st|nd|rd|th)?[\\s-]*${names}[\\s,-]*${yy}`, `${names}\\s*${dd}(?:st|nd|rd|th)?,?\\s*${yy}`].join('|'));
}

/** The words of a free-text field in order, whatever punctuation or spacing is typed between them. */
function wordsAnyhow(text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  if (words.length === 0 || words.join('').length < 3) return null;
  return bounded(words.map((word) => escapeRegExp(word)).join('[\\s,.\\-/]+'));
}

/** What a company is called in speech: "Syarikat Maju Jaya Sdn Bhd" → "Maju Jaya", "Vistara Softworks Pvt Ltd" → "Vistara Softworks". */
export function employerCore(employer: string): string {
  return employer
    .replace(/^\s*(?:syarikat|perniagaan|kilang|pt\.?)\s+/iu, '')
    .replace(/(?:[\s,.]+(?:sdn|bhd|berhad|pvt|pte|private|ltd|limited|llp|plc|inc|corp|corporation|co|company|enterprise|trading))+[\s.]*$/iu, '')
    .trim();
}

function anyForm(sources: (string | null)[]): RegExp | null {
  const forms = sources.filter((source): source is string => source !== null);
  return forms.length === 0 ? null : new RegExp(forms.map((source) => `(?:${source})`).join('|'), 'giu');
}

/**
 * Every identifier on the record, most specific first: email (before the name parts in it), the
 * name (as the patient's own token), identity number, MRN, phones, address (whole, then each comma-separated part), postcode,
 * employer, emergency contact and date of birth.
 */
export function ownIdentifiers(patient: PatientIdentifiers): OwnIdentifier[] {
  const found: OwnIdentifier[] = [];
  const add = (kind: TokenKind, value: string, sources: (string | null)[]) => {
    const pattern = anyForm(sources);
    if (value.trim().length > 0 && pattern) found.push({ kind, value, pattern });
  };
  if (patient.email) add('EMAIL', patient.email, [bounded(escapeRegExp(patient.email))]);
  add('PATIENT', patient.fullName, namePatterns(patient.fullName));
  add(IDENTITY_KIND[patient.identityType], patient.identityNo, [spacedAnyhow(patient.identityNo)]);
  add('MRN', patient.mrn, [spacedAnyhow(patient.mrn), spacedAnyhow(patient.mrn.replace(/^\D+/, ''))]);
  for (const phone of patient.phones) add('PHONE', phone, [phonePattern(phone)]);
  if (patient.address.trim()) {
    const segments = patient.address.split(/[,\n;]+/).map((segment) => segment.trim()).filter((segment) => /\p{L}/u.test(segment) && segment.length >= 4);
    add('ADDRESS', patient.address, [wordsAnyhow(patient.address), ...segments.sort((a, b) => b.length - a.length).map(wordsAnyhow)]);
  }
  if (patient.postcode.trim()) add('POSTCODE', patient.postcode, [bounded(escapeRegExp(patient.postcode.trim()))]);
  if (patient.employer.trim()) add('EMPLOYER', patient.employer, [wordsAnyhow(patient.employer), wordsAnyhow(employerCore(patient.employer))]);
  const contact = patient.emergencyContact;
  if (contact) {
    add('CONTACT', contact.name, namePatterns(contact.name));
    add('PHONE', contact.phone, [phonePattern(contact.phone)]);
  }
  if (patient.dateOfBirth) add('DOB', patient.dateOfBirth, [datePattern(patient.dateOfBirth)]);
  return found;
}
