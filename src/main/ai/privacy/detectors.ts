import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { looksLikeMyKad } from '../../../shared/identity/mykad';
import { verhoeffValid } from '../../../shared/identity/verhoeff';
import { bounded } from './name-forms';
import { replaceOutsideTokens, TOKEN_PATTERN, type TokenBook, type TokenKind } from './tokens';

/**
 * The second stage: identifiers of anyone, found by their shape. Ordered so a longer shape is
 * taken before a shorter one inside it (an ABHA number before the 12 digits of an Aadhaar in it,
 * an email before the phone-like digits of its local part).
 */
interface ShapeDetector {
  /** The kind, or a function deciding it from the match (12 digits: MyKad, Aadhaar or another number). */
  kind: TokenKind | ((match: string) => TokenKind);
  pattern: RegExp;
  /** Which capture group is the identifier, when the pattern also matches the words around it (the "DOB:" before a date). */
  group?: number;
  /** A character every match holds, for a pattern that never matches a space: only the runs of non-space characters that hold it are searched. */
  needs?: string;
}

const DATE = '(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.\\s]\\d{1,2}[-/.\\s]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?[\\s-]+\\p{L}{3,9}\\.?[\\s,-]+\\d{2,4}|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})';

/** The words Malaysian addresses are built on (Malay and English), and Indian ones. */
const STREET_WORDS = 'Jalan|Jln|Lorong|Lrg|Persiaran|Psrn|Lebuh|Lebuhraya|Lengkok|Taman|Tmn|Kampung|Kampong|Kg|Bandar|Desa|Blok|Block|Pangsapuri|Apartment|Apartmen|Kondominium|Residensi|Flat|Road|Rd|Street|St|Avenue|Ave|Lane|Nagar|Marg|Colony|Layout|Sector';

function twelveDigits(match: string): TokenKind {
  const digits = match.replace(/\D/g, '');
  if (looksLikeMyKad(digits)) return 'MYKAD';
  return /^[2-9]/.test(digits) && verhoeffValid(digits) ? 'AADHAAR' : 'ID';
}

const SHAPES: readonly ShapeDetector[] = [
  { kind: 'EMAIL', pattern: new RegExp(bounded('[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}'), 'giu'), needs: '@' },
  // An ABHA address (name@abdm) and the 14-digit ABHA number.
  { kind: 'ABHA', pattern: new RegExp(bounded('[\\p{L}\\p{N}._]+@(?:abdm|sbx)'), 'giu'), needs: '@' },
  { kind: 'ABHA', pattern: new RegExp(bounded('\\d{2}[-\\s]?\\d{4}[-\\s]?\\d{4}[-\\s]?\\d{4}'), 'gu') },
  { kind: 'MYKAD', pattern: new RegExp(bounded('\\d{6}\\s?[-.]?\\s?\\d{2}\\s?[-.]?\\s?\\d{4}'), 'gu') },
  { kind: twelveDigits, pattern: new RegExp(bounded('\\d{4}[-\\s]?\\d{4}[-\\s]?\\d{4}'), 'gu') },
  { kind: 'PAN', pattern: new RegExp(bounded('[A-Za-z]{5}\\d{4}[A-Za-z]'), 'gu') },
  { kind: 'NRIC', pattern: new RegExp(bounded('[STFGM]\\d{7}[A-Z]'), 'giu') },
  { kind: 'PASSPORT', pattern: new RegExp(bounded('[A-Z]{1,2}\\d{6,9}'), 'gu') },
  { kind: 'DOB', pattern: new RegExp(`((?:DOB|D\\.O\\.B\\.?|date of birth|born(?: on)?|birth ?date|tarikh lahir|t\\. ?lahir|lahir(?: pada)?)\\s*[:\\-]?\\s*)(${DATE})`, 'giu'), group: 2 },
  {
    kind: 'ADDRESS',
    pattern: new RegExp(bounded(`(?:(?:No\\.?|Lot|Unit)\\s*[\\dA-Z][\\w/-]*,?\\s*)?(?:${STREET_WORDS})\\.?\\s+[\\p{Lu}\\d][\\p{L}\\d'/-]*(?:\\s[\\p{Lu}\\d][\\p{L}\\d'/-]*){0,3}`), 'gu'),
  },
  // A Malaysian postcode is written before the town: "53000 Kuala Lumpur". Alone, five digits may be a count.
  { kind: 'POSTCODE', pattern: /(?<![\p{L}\p{N}])(\d{5})(?=,?\s+\p{Lu}\p{Ll})/gu, group: 1 },
  { kind: 'POSTCODE', pattern: /((?:PIN|Pincode|PIN code|Poskod|Postcode)\s*[:-]?\s*)(\d{3}\s?\d{3}|\d{5})(?!\d)/giu, group: 2 },
];

/** Malaysian, Singaporean and Indian numbers, each read with its own country's rules. */
const PHONE_COUNTRIES: readonly CountryCode[] = ['MY', 'SG', 'IN'];

/** A Malaysian mobile typed loosely enough that the phone library does not take it (012-3456789 with odd spacing). */
const LOOSE_MY_MOBILE = new RegExp(`(?<![\\d+])(?:\\+?6)?01\\d[\\s-]*\\d{3,4}[\\s-]*\\d{4}(?!\\d)`, 'gu');

export function detectShapes(text: string, book: TokenBook): string {
  let result = text;
  for (const shape of SHAPES) {
    result = replaceOutsideTokens(result, shape.pattern, (match, groups) => {
      const value = shape.group ? groups[shape.group - 1] : match;
      if (!value) return null;
      const kind = typeof shape.kind === 'function' ? shape.kind(value) : shape.kind;
      const token = book.tokenFor(kind, value.trim());
      return shape.group ? match.replace(value, token) : match.replace(value.trim(), token);
    }, shape.needs);
  }
  return detectPhones(result, book);
}

/** A run of digits long enough to be a phone, with what may be typed in one; only these are handed to the phone library, which is slow on long text. */
const PHONE_CANDIDATE = /\+?\d[\d\s\-().]{5,24}\d/gu;

function detectPhones(text: string, book: TokenBook): string {
  let result = replaceOutsideTokens(text, PHONE_CANDIDATE, (candidate) => {
    let out = candidate;
    for (const country of PHONE_COUNTRIES) out = replaceSpans(out, (segment) => findPhoneNumbersInText(segment, { defaultCountry: country }).map((found) => [found.startsAt, found.endsAt]), 'PHONE', book);
    return out;
  });
  result = replaceOutsideTokens(result, LOOSE_MY_MOBILE, (match) => book.tokenFor('PHONE', match));
  return result;
}

/** Replaces spans a finder reports in each stretch of text between tokens. */
function replaceSpans(text: string, find: (segment: string) => [number, number][], kind: TokenKind, book: TokenBook): string {
  const pieces: string[] = [];
  let last = 0;
  const tokenise = (segment: string) => {
    let out = '';
    let at = 0;
    for (const [start, end] of find(segment).sort((a, b) => a[0] - b[0])) {
      if (start < at) continue;
      out += segment.slice(at, start) + book.tokenFor(kind, segment.slice(start, end));
      at = end;
    }
    return out + segment.slice(at);
  };
  for (const token of text.matchAll(TOKEN_PATTERN)) {
    pieces.push(tokenise(text.slice(last, token.index)), token[0]);
    last = token.index + token[0].length;
  }
  pieces.push(tokenise(text.slice(last)));
  return pieces.join('');
}
