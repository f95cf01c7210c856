/**
 * A chief complaint as the rules read it: words in a canonical spelling (lower case, common typos
 * and Manglish short forms put right, "sakit2" read as "sakit"), clause breaks where the typist put
 * punctuation, and for every word where it was in the text as typed, so a finding can quote it.
 */
export interface ComplaintWord {
  canonical: string;
  /** Span in the text as typed. */
  start: number;
  end: number;
  /** Span in `ComplaintText.canonical`. */
  canonicalStart: number;
  canonicalEnd: number;
  /** Negation reaches no further than its clause: "no fever, chest pain" flags the chest pain. */
  clause: number;
}

export interface ComplaintText {
  typed: string;
  /** The canonical words joined by single spaces, with " . " at a clause break. */
  canonical: string;
  words: ComplaintWord[];
}

/** A phrase the rules matched: the words it covers, as typed. */
export interface MatchedWords {
  first: number;
  last: number;
  quote: string;
}

const WORD = /\p{N}+\.\p{N}+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?/gu;
const CLAUSE_BREAK = /[.;:!?()[\]\n/|]|,/;
/** Words that end a negation's reach ("no fever but chest pain"); "or" does not ("no chest pain or breathlessness"). */
const SCOPE_ENDS = new Set(['but', 'tapi', 'tetapi', 'namun', 'however', 'although', 'walaupun', 'and', 'dan', 'with', 'dengan', 'plus', 'also', 'juga', 'then', 'kemudian', 'now', 'sekarang', 'skrg', 'since', 'sejak']);

/** Short forms and typos seen at the desk, put right before anything is matched. */
const SPELLINGS: Record<string, string> = {
  skt: 'sakit',
  skit: 'sakit',
  sakt: 'sakit',
  saket: 'sakit',
  dda: 'dada',
  ddada: 'dada',
  napas: 'nafas',
  nfas: 'nafas',
  nafs: 'nafas',
  bernapas: 'bernafas',
  sesk: 'sesak',
  ssak: 'sesak',
  dmam: 'demam',
  dman: 'demam',
  x: 'tak',
  tk: 'tak',
  tdk: 'tidak',
  xde: 'takde',
  xda: 'takde',
  tade: 'takde',
  takda: 'takde',
  tiade: 'tiada',
  nk: 'nak',
  nakk: 'nak',
  dgn: 'dengan',
  dlm: 'dalam',
  lps: 'lepas',
  slps: 'selepas',
  byk: 'banyak',
  bnyk: 'banyak',
  sgt: 'sangat',
  tgn: 'tangan',
  kpl: 'kepala',
  mntah: 'muntah',
  mutah: 'muntah',
  ptg: 'petang',
  pg: 'pagi',
  cant: 'cant',
  cannot: 'cant',
  sob: 'sob',
  breathe: 'breathe',
  pian: 'pain',
  pains: 'pain',
  chestpain: 'chestpain',
  prengnant: 'pregnant',
  preggo: 'pregnant',
  preggy: 'pregnant',
  preggers: 'pregnant',
  mengandong: 'mengandung',
  kandung: 'mengandung',
  hamel: 'hamil',
  bby: 'baby',
};

/** Words worth correcting by one slip of the finger (five letters or more). */
const CORRECTABLE = [
  'chest',
  'breath',
  'breathing',
  'breathless',
  'nafas',
  'bernafas',
  'sesak',
  'pengsan',
  'sawan',
  'kejang',
  'seizure',
  'convulsion',
  'bleeding',
  'berdarah',
  'pendarahan',
  'muntah',
  'demam',
  'fever',
  'mengandung',
  'pregnant',
  'pregnancy',
  'bengkak',
  'swollen',
  'swelling',
  'unconscious',
  'collapsed',
  'fainted',
  'suicide',
  'suicidal',
  'stroke',
  'slurred',
  'herot',
  'senget',
  'lumpuh',
  'tongue',
  'throat',
  'allergy',
  'alergi',
  'tercungap',
  'difficulty',
  'shortness',
  'sedarkan',
  'sakit',
  'vomiting',
  'diarrhoea',
  'diarrhea',
];
/** Real words one letter away from a correctable one: never "corrected". */
const KEEP_AS_TYPED = new Set(['sakti', 'sesat', 'dendam', 'chess', 'breadth', 'swallen', 'mengandungi', 'strike', 'stoke', 'throats', 'stroked', 'strokes', 'sakitnya']);
const CORRECTABLE_SET = new Set(CORRECTABLE);

/** One edit (insert, delete, substitute, swap two neighbours) apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function canonicalOf(typed: string): string {
  let word = typed.toLowerCase().replace(/['’]/g, '');
  // "sakit2", "gatal2": Malay doubling written with a 2.
  if (/^\p{L}{2,}2$/u.test(word)) word = word.slice(0, -1);
  const spelled = SPELLINGS[word];
  if (spelled) return spelled;
  if (word.length < 5 || CORRECTABLE_SET.has(word) || KEEP_AS_TYPED.has(word)) return word;
  for (const known of CORRECTABLE) if (oneEditApart(word, known)) return known;
  return word;
}

export function readComplaint(typed: string): ComplaintText {
  const words: ComplaintWord[] = [];
  let canonical = '';
  let clause = 0;
  let previousEnd = 0;
  for (const match of typed.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const canon = canonicalOf(match[0]);
    const broke = words.length > 0 && CLAUSE_BREAK.test(typed.slice(previousEnd, start));
    if (broke) clause += 1;
    if (words.length > 0) canonical += broke ? ' . ' : ' ';
    words.push({ canonical: canon, start, end, canonicalStart: canonical.length, canonicalEnd: canonical.length + canon.length, clause });
    canonical += canon;
    if (SCOPE_ENDS.has(canon)) clause += 1;
    previousEnd = end;
  }
  return { typed, canonical, words };
}

/** Words that deny what follows them in the clause ("no", "tiada", "tak", "denies"). */
const NEGATIONS = new Set(['no', 'not', 'nil', 'none', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'negative', 'tiada', 'tidak', 'tak', 'takde', 'bukan', 'tanpa', 'free']);
/** Words that put what follows in the past or in the family, not in today's complaint. */
const NOT_TODAY = new Set(['history', 'hx', 'sejarah', 'pernah', 'previous', 'previously', 'past', 'family', 'keluarga']);
/** Denials written after the finding: "sakit dada tiada", "chest pain: none". */
const DENIED_AFTER = new Set(['tiada', 'takde', 'none', 'nil', 'negative']);
const NEGATION_REACH = 4;

/** Whether the clause denies the matched words, or places them in the past or in the family. */
export function deniedOrPast(text: ComplaintText, first: number, last: number): boolean {
  const words = text.words;
  const clause = words[first].clause;
  for (let k = first - 1; k >= 0 && k >= first - NEGATION_REACH && words[k].clause === clause; k -= 1) {
    if (NEGATIONS.has(words[k].canonical) || NOT_TODAY.has(words[k].canonical)) return true;
  }
  const next = words[last + 1];
  if (next && next.clause === words[last].clause) {
    if (DENIED_AFTER.has(next.canonical)) return true;
    const after = words[last + 2];
    if ((next.canonical === 'tak' || next.canonical === 'tidak') && after?.canonical === 'ada' && after.clause === next.clause) return true;
  }
  return false;
}

/** Every place a rule's pattern matches, by word, left out where the clause denies it. */
export function findAffirmed(text: ComplaintText, pattern: RegExp): MatchedWords[] {
  const found: MatchedWords[] = [];
  if (text.words.length === 0) return found;
  pattern.lastIndex = 0;
  for (const match of text.canonical.matchAll(pattern)) {
    const first = wordAt(text, match.index, 'start');
    const last = wordAt(text, match.index + match[0].length, 'end');
    if (first < 0 || last < first || deniedOrPast(text, first, last)) continue;
    found.push({ first, last, quote: text.typed.slice(text.words[first].start, text.words[last].end) });
  }
  return found;
}

/** The word that starts (or ends) at a canonical offset; -1 when none does. */
function wordAt(text: ComplaintText, offset: number, edge: 'start' | 'end'): number {
  let low = 0;
  let high = text.words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = edge === 'start' ? text.words[middle].canonicalStart : text.words[middle].canonicalEnd;
    if (at === offset) return middle;
    if (at < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
