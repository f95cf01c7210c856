import { remembered } from '../../../shared/remembered';
import { escapeRegExp, TOKEN_PATTERN } from './tokens';

/**
 * Words that join or introduce a name without being one: Malay patronymics (bin, binti and
 * their short forms), Indian ones (a/l, a/p, s/o, d/o), the Iban and Bidayuh "anak", and the
 * "@" of an alias. They stay out of the parts matched alone, and are swallowed between two
 * tokens so "PATIENT_X bin PATIENT_X" reads as one person.
 */
const CONNECTORS = ['bin', 'binti', 'binte', 'bt', 'bte', 'bnt', 'b', 'bn', 'a/l', 'a/p', 's/o', 'd/o', 'al', 'ap', 'anak', 'ak', '@'];

/** Honorifics and titles written into a name field; not identifying, and common words besides. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mdm', 'madam', 'miss', 'encik', 'en', 'puan', 'pn', 'cik', 'tuan', 'haji', 'hj', 'hajah', 'hajjah', 'hjh', 'dato', "dato'", 'datuk', 'datin', 'tan sri', 'puan sri', 'sri', 'seri', 'tun', 'prof', 'ir', 'kapt', 'capt', 'mej', 'sgt']);

/** The spellings of Muhammad a Malaysian record may use for the same man; any of them in a note is his name. */
const MUHAMMAD = ['muhammad', 'muhamad', 'mohammad', 'mohamad', 'mohamed', 'mohammed', 'muhammed', 'mohd', 'muhd', 'mhd', 'md'];

const HAN_RUN = /\p{Script=Han}+/gu;
const CONNECTOR_SET = new Set(CONNECTORS);

/** Whether a word (in lower case) joins, introduces or titles a name without being one: bin, a/l, Puan, Dr. */
export function isNameGlue(lower: string): boolean {
  const bare = lower.replace(/\.$/, '');
  return CONNECTOR_SET.has(lower) || CONNECTOR_SET.has(bare) || TITLES.has(lower) || TITLES.has(bare);
}

/** In lower case, the words of these names the first pass replaces wherever they stand: each part, and every spelling of Muhammad for a name that holds one. */
export function ownNameWords(fullNames: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const part of fullNames.flatMap(nameParts)) {
    const lower = part.toLowerCase();
    for (const word of MUHAMMAD.includes(lower) ? MUHAMMAD : [lower]) words.add(word);
  }
  return words;
}

/** The words of a name that identify it: "Siti Nurhaliza binti Abdullah" → Siti, Nurhaliza, Abdullah; "Tan Wei Ming" → Tan, Wei, Ming. */
export function nameParts(fullName: string): string[] {
  const words = fullName
    .replace(HAN_RUN, ' ')
    .split(/[\s,@()]+/)
    .map((word) => word.replace(/^[.'"]+|[.,'"]+$/g, ''))
    .filter((word) => word.length > 0);
  return words.filter((word) => {
    const lower = word.toLowerCase();
    return !CONNECTOR_SET.has(lower) && !CONNECTOR_SET.has(lower.replace(/\.$/, '')) && !TITLES.has(lower) && /\p{L}{2,}/u.test(word);
  });
}

/**
 * The patterns (sources) that find this person's name in free text, longest first: the name as written,
 * each part alone, a Chinese given name written joined or hyphenated (Wei Ming, Weiming,
 * Wei-Ming), every spelling of Muhammad, and a name in Chinese characters whole and without the
 * surname character.
 */
export function namePatterns(fullName: string): string[] {
  const parts = nameParts(fullName);
  const sources = new Set<string>();
  for (let i = 0; i + 1 < parts.length; i += 1) {
    sources.add(bounded(`${escapeRegExp(parts[i])}[\\s-]?${escapeRegExp(parts[i + 1])}`));
  }
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (MUHAMMAD.includes(lower)) for (const spelling of MUHAMMAD) sources.add(bounded(`${escapeRegExp(spelling)}\\.?`));
    else sources.add(bounded(escapeRegExp(part)));
  }
  const han = [...fullName.matchAll(HAN_RUN)].map((match) => match[0]).filter((run) => run.length >= 2);
  for (const run of han) {
    sources.add(escapeRegExp(run));
    if (run.length >= 3) sources.add(escapeRegExp(run.slice(1)));
  }
  return [...sources].sort((a, b) => b.length - a.length);
}

/** "PATIENT_X bin PATIENT_X", "PATIENT_X, PATIENT_X" and "PATIENT_X-PATIENT_X" become one token. */
export function joinAdjacent(text: string, token: string): string {
  if (text.indexOf(token) === text.lastIndexOf(token)) return text;
  return text.replace(SAME_TOKEN_RUN, (run: string, first: string) => (first === token ? token : run));
}

/** What may stand between two parts of one name: spaces, a comma or hyphen, a connector ("bin"), an "@". */
const BETWEEN_PARTS = `(?:[\\s,-]+(?:(?:${CONNECTORS.map((word) => escapeRegExp(word)).join('|')})\\.?[\\s,]+)?|\\s*@\\s*)`;
/** A token followed by the same token, once or more, with only `BETWEEN_PARTS` between (one pattern, built once). */
const SAME_TOKEN_RUN = new RegExp(`(${TOKEN_PATTERN.source})(?:${BETWEEN_PARTS}\\1)+`, 'giu');

/** A pattern that matches only a whole word (letters and digits on neither side). */
export function bounded(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

/**
 * Whether, in a sentence given as its words (split at spaces), one of the own names stands
 * beside a capitalised word that is not one of them, not across a comma (a found name never
 * spans one). There the first pass may have cut into another
 * person's name: a relative who shares the patient's first name ("Mother Siti Aminah binti
 * Hassan"), whose other names only the name finder can tell. Titles and connectors are looked
 * past, and so are short capitals ("Siti (IC …", "Mohd AB Rahman") unless nothing follows them.
 */
export function ownNameBesideAnother(words: readonly string[], own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  const isOwn = (word: string) => lettersAndDigits(word).some((run) => own.has(run));
  const beside = (at: number, step: 1 | -1): boolean => {
    for (let i = at + step; i >= 0 && i < words.length; i += step) {
      if (words[step > 0 ? i - 1 : i].endsWith(',')) return false;
      const word = words[i];
      // Another own name: looked at from its own place.
      if (isOwn(word)) return false;
      if (isNameGlue(word.toLowerCase().replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}/.@']+$/gu, ''))) continue;
      const last = i + step < 0 || i + step >= words.length;
      if (SHORT_CAPITALS.test(word) && !last) continue;
      return /^[^\p{L}\p{N}]*\p{Lu}/u.test(word);
    }
    return false;
  };
  return words.some((word, at) => isOwn(word) && (beside(at, 1) || beside(at, -1)));
}

/** A label or initials in capitals (IC, MRN, DOB, AB), not a name by itself. */
const SHORT_CAPITALS = /^[^\p{L}\p{N}]*\p{Lu}{2,5}[^\p{L}\p{N}]*$/u;

/** The runs of letters and digits of a word, in lower case ("Siti's" → siti, s). */
const lettersAndDigits = remembered((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u), 50_000);
