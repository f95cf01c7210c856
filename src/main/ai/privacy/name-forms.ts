import { escapeRegExp } from './tokens';

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
 * The patterns that find this person's name in free text, longest first: the name as written,
 * each part alone, a Chinese given name written joined or hyphenated (Wei Ming, Weiming,
 * Wei-Ming), every spelling of Muhammad, and a name in Chinese characters whole and without the
 * surname character.
 */
export function namePatterns(fullName: string): RegExp[] {
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
  return [...sources].sort((a, b) => b.length - a.length).map((source) => new RegExp(source, 'giu'));
}

/** "PATIENT_X bin PATIENT_X", "PATIENT_X, PATIENT_X" and "PATIENT_X-PATIENT_X" become one token. */
export function joinAdjacent(text: string, token: string): string {
  const t = escapeRegExp(token);
  const connector = CONNECTORS.map((word) => escapeRegExp(word)).join('|');
  const between = `(?:[\\s,-]+(?:(?:${connector})\\.?[\\s,]+)?|\\s*@\\s*)`;
  return text.replace(new RegExp(`${t}(?:${between}${t})+`, 'giu'), token);
}

/** A pattern that matches only a whole word (letters and digits on neither side). */
export function bounded(source: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}
