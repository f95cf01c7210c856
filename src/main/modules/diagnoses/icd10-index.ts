/** One ICD-10-CM code as the list has it. */
export interface Icd10Entry {
  /** With the dot after the third character, as printed: `J06.9`. */
  code: string;
  description: string;
  /** A leaf code, valid on a claim; headers (categories, subcategories) are not. */
  billable: boolean;
}

/** One answer: an entry and whether it is one of the doctor's own (favourite or recently used). */
export interface Icd10Match extends Icd10Entry {
  preferred: boolean;
}

/**
 * The doctor's own codes, best first (favourites, then the most recently used): a matching one
 * comes before everything but an exact code.
 */
export type PreferredCodes = ReadonlyMap<string, number>;

const ROWS_BETWEEN_PAUSES = 4000;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const CODE_QUERY = /^[a-z][0-9][0-9a-z]?\.?[0-9a-z]{0,4}$/i;

/** Lower-case words of letters and digits: `Crohn's disease, NOS` → crohn, s, disease, nos. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

/** `j06.9`, `J069` → `J069`: codes compared without their dot and in capitals. */
function bareCode(code: string): string {
  return code.replace('.', '').toUpperCase();
}

/** `J069` → `J06.9`; a three-character category has no dot. */
export function dottedCode(code: string): string {
  const bare = bareCode(code.trim());
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/** First index in the sorted array whose value is ≥ key. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sorted range of values that start with prefix. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  // Codes and words are [0-9a-zA-Z]: '~' sorts after every one of them.
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}~`)];
}

/**
 * The whole ICD-10-CM list in memory, answering as the doctor types: by code prefix (`J06`,
 * `j06.9`, `J069`) or by words in any order, each a prefix of a word of the description
 * (`upper resp` → J06.9). Built once from the shipped TSV; the list never changes while the app runs.
 *
 * Word search starts from the query word with the fewest candidate codes (postings summed over
 * the vocabulary words it prefixes) and checks the other words against each candidate's own words,
 * so a rare word makes even a long query cheap.
 */
export class Icd10Index {
  private readonly entries: Icd10Entry[];
  private readonly entryWords: string[][];
  private readonly byCode = new Map<string, number>();
  /** Bare codes in order, and the entry each one is. */
  private readonly sortedCodes: string[];
  private readonly sortedCodeEntry: Int32Array;
  /** Every word of every description, sorted; the entries each word is in; postings summed up to each word. */
  private readonly vocabulary: string[];
  private readonly postings: Int32Array[];
  private readonly postingsBefore: Int32Array;
  /** Marks the entries already seen in one search (a search's number), so none is counted twice. */
  private readonly seen: Int32Array;
  private searches = 0;

  private constructor(entries: Icd10Entry[], entryWords: string[][], postingLists: Map<string, number[]>) {
    this.entries = entries;
    this.entryWords = entryWords;
    entries.forEach((entry, id) => this.byCode.set(bareCode(entry.code), id));
    const codeOrder = entries.map((entry, id) => [bareCode(entry.code), id] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.sortedCodes = codeOrder.map(([code]) => code);
    this.sortedCodeEntry = Int32Array.from(codeOrder.map(([, id]) => id));
    this.vocabulary = [...postingLists.keys()].sort();
    this.postings = this.vocabulary.map((word) => Int32Array.from(postingLists.get(word) ?? []));
    this.postingsBefore = new Int32Array(this.vocabulary.length + 1);
    this.postings.forEach((list, i) => (this.postingsBefore[i + 1] = this.postingsBefore[i] + list.length));
    this.seen = new Int32Array(entries.length);
  }

  /**
   * Reads the shipped TSV (`code, billable, short_description, long_description`). Reading 95k
   * rows takes a second or more on a clinic's PC, so it pauses every few thousand rows: the hub
   * keeps answering everyone else while the first search waits for the list.
   */
  static async fromTsv(tsv: string, pause: () => Promise<void> = nextTurn): Promise<Icd10Index> {
    const lines = tsv.split('\n');
    if (!lines[0].startsWith('code\tbillable\tshort_description\tlong_description')) throw new Error('not an ICD-10-CM codes TSV: unexpected header');
    const entries: Icd10Entry[] = [];
    const entryWords: string[][] = [];
    const postingLists = new Map<string, number[]>();
    for (let i = 1; i < lines.length; i += 1) {
      if (i % ROWS_BETWEEN_PAUSES === 0) await pause();
      const line = lines[i];
      if (line.length === 0) continue;
      const [code, billable, , description] = line.split('\t');
      if (!code || (billable !== '0' && billable !== '1') || !description) throw new Error(`ICD-10-CM line ${i + 1} is malformed`);
      const id = entries.length;
      entries.push({ code, description, billable: billable === '1' });
      const words = [...new Set(wordsOf(description))];
      entryWords.push(words);
      for (const word of words) {
        const list = postingLists.get(word);
        if (list) list.push(id);
        else postingLists.set(word, [id]);
      }
    }
    return new Icd10Index(entries, entryWords, postingLists);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entry of a code, written with or without its dot, in any case. */
  find(code: string): Icd10Entry | undefined {
    const id = this.byCode.get(bareCode(code.trim()));
    return id === undefined ? undefined : this.entries[id];
  }

  search(query: string, limit: number, preferred: PreferredCodes = new Map()): Icd10Match[] {
    const trimmed = query.trim();
    if (trimmed.length === 0) return [];
    const ranking = new TopRanked(limit);
    if (CODE_QUERY.test(trimmed)) this.searchCodes(bareCode(trimmed), preferred, ranking);
    // "a10" could be a code or a word; a code-shaped query with no code still searches the words.
    // One letter matches a third of the list: the doctor's own codes are all it is worth answering with.
    if (ranking.size === 0 && trimmed.length < 2) this.searchPreferred(trimmed.toLowerCase(), preferred, ranking);
    else if (ranking.size === 0) this.searchWords(wordsOf(trimmed), preferred, ranking);
    return ranking.best().map((id) => ({ ...this.entries[id], preferred: preferred.has(this.entries[id].code) }));
  }

  private searchCodes(prefix: string, preferred: PreferredCodes, ranking: TopRanked): void {
    const [from, to] = prefixRange(this.sortedCodes, prefix);
    for (let i = from; i < to; i += 1) {
      const id = this.sortedCodeEntry[i];
      const entry = this.entries[id];
      // Codes in list order within each tier: J06.0 before J06.9, and J06.9 before J06.90-something.
      ranking.offer(id, [this.sortedCodes[i] === prefix ? 0 : 1, preferred.get(entry.code) ?? Infinity, entry.billable ? 0 : 1, i]);
    }
  }

  private searchPreferred(letter: string, preferred: PreferredCodes, ranking: TopRanked): void {
    for (const [code, rank] of preferred) {
      const id = this.byCode.get(bareCode(code));
      if (id !== undefined && this.entryWords[id].some((word) => word.startsWith(letter))) ranking.offer(id, [rank]);
    }
  }

  private searchWords(tokens: string[], preferred: PreferredCodes, ranking: TopRanked): void {
    if (tokens.length === 0) return;
    const ranges = tokens.map((token) => prefixRange(this.vocabulary, token));
    let rarest = 0;
    const candidates = ranges.map(([from, to]) => this.postingsBefore[to] - this.postingsBefore[from]);
    candidates.forEach((count, i) => (rarest = count < candidates[rarest] ? i : rarest));
    if (candidates[rarest] === 0) return;
    const others = tokens.filter((_, i) => i !== rarest);
    const search = (this.searches = (this.searches % 2_000_000_000) + 1);
    const [from, to] = ranges[rarest];
    for (let w = from; w < to; w += 1) {
      for (const id of this.postings[w]) {
        if (this.seen[id] === search) continue;
        this.seen[id] = search;
        const words = this.entryWords[id];
        if (!others.every((token) => words.some((word) => word.startsWith(token)))) continue;
        const entry = this.entries[id];
        const wholeWords = tokens.reduce((count, token) => count + (words.includes(token) ? 1 : 0), 0);
        ranking.offer(id, [preferred.get(entry.code) ?? Infinity, entry.billable ? 0 : 1, -wholeWords, entry.description.length, id]);
      }
    }
  }
}

/** Keeps the `limit` best entries offered, by their rank keys compared in order (lower is better). */
class TopRanked {
  private readonly kept: Array<{ id: number; key: number[] }> = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.kept.length;
  }

  offer(id: number, key: number[]): void {
    const kept = this.kept;
    if (kept.length === this.limit && compareKeys(key, kept[kept.length - 1].key) >= 0) return;
    let at = kept.length;
    while (at > 0 && compareKeys(key, kept[at - 1].key) < 0) at -= 1;
    kept.splice(at, 0, { id, key });
    if (kept.length > this.limit) kept.pop();
  }

  best(): number[] {
    return this.kept.map((k) => k.id);
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
