import type { HelpLanguage } from '../../../../shared/help/help-topic';

/** Words that say nothing about the task, in either language. */
const STOP_WORDS = new Set([
  // English
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'is', 'are', 'am', 'be', 'do', 'does', 'did', 'how', 'what', 'where', 'when',
  'which', 'who', 'can', 'could', 'should', 'would', 'will', 'to', 'of', 'in', 'on', 'at', 'for', 'and', 'or', 'with', 'this', 'that', 'these', 'there',
  'please', 'want', 'need', 'way', 'get', 'from', 'by', 'as', 'up', 'so', 'if', 'then', 'about', 'any', 'some', 'its', 'has', 'have',
  // Malay
  'macam', 'mana', 'nak', 'hendak', 'mahu', 'mau', 'bagaimana', 'camne', 'camana', 'cara', 'saya', 'aku', 'kami', 'kita', 'anda', 'awak', 'yang', 'di',
  'ke', 'dan', 'atau', 'untuk', 'utk', 'ini', 'itu', 'apa', 'boleh', 'ada', 'dengan', 'pada', 'perlu', 'tolong', 'bila', 'dari', 'daripada', 'sahaja',
  'je', 'ja', 'lah', 'kah', 'tak', 'tidak', 'nya', 'juga', 'sudah', 'dah', 'akan', 'dalam', 'oleh', 'sebuah', 'satu', 'punya',
]);

/** Words that mark a question as Malay or English when the screen's language should not decide. */
const MALAY_MARKERS = new Set(['macam', 'mana', 'nak', 'hendak', 'bagaimana', 'camne', 'camana', 'cara', 'saya', 'yang', 'untuk', 'ini', 'itu', 'apa', 'boleh', 'dengan', 'tolong', 'bila', 'daripada', 'tak', 'tidak', 'hari', 'tutup', 'buka', 'bayar', 'macamana', 'kenapa', 'skrin', 'ringkaskan', 'siapa', 'semalam', 'esok', 'lupa', 'sampai', 'macamana', 'mengapa', 'sekarang']);
const ENGLISH_MARKERS = new Set(['how', 'do', 'i', 'the', 'to', 'what', 'where', 'is', 'can', 'my', 'a', 'an', 'of', 'this', 'does', 'should', 'screen', 'summarise', 'summarize', 'close', 'open']);

/** Lower-case words of a text, accents and punctuation aside. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Words seen in one language's text only (the help's own words), to tell a question's language by. */
export interface LanguageWords {
  en: ReadonlySet<string>;
  ms: ReadonlySet<string>;
}

/** The words of each language's text that the other's does not use. */
export function languageWords(english: string, malay: string): LanguageWords {
  const en = new Set(wordsOf(english));
  const ms = new Set(wordsOf(malay));
  return { en: new Set([...en].filter((word) => !ms.has(word))), ms: new Set([...ms].filter((word) => !en.has(word))) };
}

/** The question's language when its words say so plainly; null when they do not. */
export function languageOf(text: string, known: LanguageWords = { en: new Set(), ms: new Set() }): HelpLanguage | null {
  const words = wordsOf(text);
  const malay = words.filter((word) => MALAY_MARKERS.has(word) || known.ms.has(word)).length;
  const english = words.filter((word) => ENGLISH_MARKERS.has(word) || known.en.has(word)).length;
  if (malay > english) return 'ms';
  if (english > malay) return 'en';
  return null;
}

const VOWEL = /^[aeiou]/;

/**
 * Malay roots of a word: affixes (meN-, peN-, ber-, ter-, di-, ke-, se-; -kan, -an, -i, -nya)
 * taken off. meN- and peN- drop the root's first letter before a vowel (menutup → tutup,
 * mengira → kira, memakai → pakai, menyimpan → simpan), so those give each possible root.
 */
function malayRoots(word: string): string[] {
  const roots = new Set<string>();
  let core = word.replace(/(nya|lah|kah)$/, '');
  if (core.length < 4) return [core];
  const suffixless = core.replace(/(kan|an)$/, '');
  if (suffixless.length >= 4) core = suffixless;
  const prefixes: [RegExp, (rest: string) => string[]][] = [
    [/^(?:meng|peng)(?=[aeiou])/, (rest) => [rest, `k${rest}`]],
    [/^(?:meny|peny)(?=[aeiou])/, (rest) => [`s${rest}`]],
    [/^(?:mem|pem)(?=[aeiou])/, (rest) => [`p${rest}`]],
    [/^(?:men|pen)(?=[aeiou])/, (rest) => [`t${rest}`]],
    [/^(?:mem|pem)(?=[bpf])/, (rest) => [rest]],
    [/^(?:men|pen)(?=[dcjsz])/, (rest) => [rest]],
    [/^(?:meng|peng)(?=[gkh])/, (rest) => [rest]],
    [/^(?:me|pe)(?=[lrwymn])/, (rest) => [rest]],
    [/^(?:ber|ter|per)/, (rest) => [rest]],
    [/^(?:di|ke|se)/, (rest) => [rest]],
  ];
  for (const [prefix, rootsOf] of prefixes) {
    const match = prefix.exec(core);
    if (match && core.length - match[0].length >= 3) {
      for (const root of rootsOf(core.slice(match[0].length))) roots.add(root);
      break;
    }
  }
  roots.add(core);
  return [...roots];
}

/** English stem: plural, -ing, -ed, -ly, -ment, -ion taken off, enough to match "closing" with "close". */
function englishStem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ed', 'ly', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !word.endsWith('ss')) {
      const stem = word.slice(0, -suffix.length);
      return stem.replace(/([bdgklmnprt])\1$/, '$1').replace(/e$/, '');
    }
  }
  return word.replace(/e$/, '');
}

/**
 * The terms a word is indexed and searched by: its English stem and its Malay roots. Both sides
 * (topics and questions) go through the same function, so a wrong guess costs nothing.
 */
export function termsOfWord(word: string): string[] {
  if (STOP_WORDS.has(word)) return [];
  if (/^\d+$/.test(word)) return [word];
  const terms = new Set<string>([englishStem(word)]);
  if (!VOWEL.test(word) || word.length > 4) for (const root of malayRoots(word)) terms.add(englishStem(root));
  return [...terms].filter((term) => term.length >= 2);
}

/** Every term of a text, once per word (a word with two possible roots gives both). */
export function termsOf(text: string): string[][] {
  return wordsOf(text)
    .map(termsOfWord)
    .filter((terms) => terms.length > 0);
}
