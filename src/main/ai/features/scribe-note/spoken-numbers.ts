/** How a number word counts: a digit, 10–19, a tens word, English "hundred" (times what went before), or a whole hundreds (Malay "seratus", "dua ratus"). */
type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds';

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MS_UNITS = ['kosong', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan'];
const MS_WHOLE: Record<string, { n: number; kind: Kind }> = { sepuluh: { n: 10, kind: 'teen' }, sebelas: { n: 11, kind: 'teen' }, seratus: { n: 100, kind: 'hundreds' } };
const MS_AFTER_UNIT: Record<string, { times: number; plus: number; kind: Kind }> = { belas: { times: 1, plus: 10, kind: 'teen' }, puluh: { times: 10, plus: 0, kind: 'ten' }, ratus: { times: 100, plus: 0, kind: 'hundreds' } };
const POINT = new Set(['point', 'perpuluhan', 'titik']);
const AND = new Set(['and', 'dan']);

/** What may follow what in one number: "thirty eight" is one, "one thirty" two. */
const FOLLOWS: Record<Kind, ReadonlySet<Kind | null>> = {
  unit: new Set([null, 'ten', 'hundred', 'hundreds']),
  teen: new Set([null, 'hundred', 'hundreds']),
  ten: new Set([null, 'hundred', 'hundreds']),
  hundred: new Set([null, 'unit']),
  hundreds: new Set([null]),
};

/** The number word at `at` (Malay "tiga puluh" is one word here), or null. */
function numberWord(words: readonly string[], at: number): { n: number; kind: Kind; width: number } | null {
  const word = words[at];
  if (EN_UNITS.includes(word)) return { n: EN_UNITS.indexOf(word), kind: 'unit', width: 1 };
  if (EN_TEENS.includes(word)) return { n: 10 + EN_TEENS.indexOf(word), kind: 'teen', width: 1 };
  if (word !== '' && EN_TENS.includes(word)) return { n: EN_TENS.indexOf(word) * 10, kind: 'ten', width: 1 };
  if (word === 'hundred') return { n: 100, kind: 'hundred', width: 1 };
  if (word in MS_WHOLE) return { ...MS_WHOLE[word], width: 1 };
  if (!MS_UNITS.includes(word)) return null;
  const unit = MS_UNITS.indexOf(word);
  const after = MS_AFTER_UNIT[words[at + 1] ?? ''];
  return after ? { n: unit * after.times + after.plus, kind: after.kind, width: 2 } : { n: unit, kind: 'unit', width: 1 };
}

/** One spoken number from `at`: its value as digits and where the words after it start. */
function readNumber(words: readonly string[], at: number): { value: string; next: number } | null {
  let total = 0;
  let last: Kind | null = null;
  let next = at;
  for (;;) {
    if (last && AND.has(words[next]) && (last === 'hundred' || last === 'hundreds') && numberWord(words, next + 1)) next += 1;
    const word = numberWord(words, next);
    if (!word || !FOLLOWS[word.kind].has(last)) break;
    total = word.kind === 'hundred' ? (total || 1) * 100 : total + word.n;
    last = word.kind;
    next += word.width;
  }
  if (last === null) return null;
  let value = String(total);
  if (POINT.has(words[next])) {
    let digits = '';
    for (let word = numberWord(words, next + 1); word?.kind === 'unit'; word = numberWord(words, next + 1)) {
      digits += String(word.n);
      next += 1;
    }
    if (digits) {
      value += `.${digits}`;
      next += 1;
    }
  }
  return { value, next };
}

/**
 * The numbers said in words in a transcript line, as digits, English and Malay: "thirty eight
 * point five" → 38.5, "seratus tiga puluh" → 130. Two said one after the other are also read
 * together ("one thirty over eighty" → 1, 30, 130, 80), as readings are often said.
 */
export function spokenNumbers(text: string): string[] {
  // Punctuation is kept as a word: "twelve, nineteen" are two numbers said apart.
  const words = text.toLowerCase().match(/\p{L}+|\d+(?:\.\d+)?|[,.;:?!/]/gu) ?? [];
  const found: string[] = [];
  let previous: { value: string; next: number } | null = null;
  for (let at = 0; at < words.length; ) {
    const read = readNumber(words, at);
    if (!read) {
      at += 1;
      continue;
    }
    found.push(read.value);
    if (previous?.next === at && !previous.value.includes('.')) found.push(`${previous.value}${read.value}`);
    previous = read;
    at = read.next;
  }
  return [...new Set(found)];
}
