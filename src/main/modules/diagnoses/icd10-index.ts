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
  /** The part of a word match's rank that is the entry's own: billable first, then shorter descriptions, then list order. */
  private readonly wordRank: Float64Array;
  private searches = 0;

  /**
   * Entries are numbered in the order a word match ranks them when nothing else tells them apart
   * (billable first, then shorter descriptions, then code order), so every word's postings are in
   * rank order and a search stops reading them once they can no longer beat what it has.
   */
  private constructor(rows: Array<{ entry: Icd10Entry; words: string[] }>) {
    rows.sort((x, y) => Number(y.entry.billable) - Number(x.entry.billable) || x.entry.description.length - y.entry.description.length || (x.entry.code < y.entry.code ? -1 : 1));
    const entries = rows.map((row) => row.entry);
    this.entries = entries;
    this.entryWords = rows.map((row) => row.words);
    const postingLists = new Map<string, number[]>();
    this.entryWords.forEach((words, id) => {
      for (const word of words) {
        const list = postingLists.get(word);
        if (list) list.push(id);
        else postingLists.set(word, [id]);
      }
    });
    entries.forEach((entry, id) => this.byCode.set(bareCode(entry.code), id));
    const codeOrder = entries.map((entry, id) => [bareCode(entry.code), id] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.sortedCodes = codeOrder.map(([code]) => code);
    this.sortedCodeEntry = Int32Array.from(codeOrder.map(([, id]) => id));
    this.vocabulary = [...postingLists.keys()].sort();
    this.postings = this.vocabulary.map((word) => Int32Array.from(postingLists.get(word) ?? []));
    this.postingsBefore = new Int32Array(this.vocabulary.length + 1);
    this.postings.forEach((list, i) => (this.postingsBefore[i + 1] = this.postingsBefore[i] + list.length));
    this.seen = new Int32Array(entries.length);
    this.wordRank = Float64Array.from(entries, (entry, id) => (entry.billable ? 0 : 2 ** 27) + Math.min(entry.description.length, 1023) * 2 ** 17 + id);
  }

  /**
   * Reads the shipped TSV (`code, billable, short_description, long_description`). Reading 95k
   * rows takes a second or more on a clinic's PC, so it pauses every few thousand rows: the hub
   * keeps answering everyone else while the first search waits for the list.
   */
  static async fromTsv(tsv: string, pause: () => Promise<void> = nextTurn): Promise<Icd10Index> {
    const lines = tsv.split('\n');
    if (!lines[0].startsWith('code\tbillable\tshort_description\tlong_description')) throw new Error('not an ICD-10-CM codes TSV: unexpected header');
    const rows: Array<{ entry: Icd10Entry; words: string[] }> = [];
    for (let i = 1; i < lines.length; i += 1) {
      if (i % ROWS_BETWEEN_PAUSES === 0) await pause();
      const line = lines[i];
      if (line.length === 0) continue;
      const [code, billable, , description] = line.split('\t');
      if (!code || (billable !== '0' && billable !== '1') || !description) throw new Error(`ICD-10-CM line ${i + 1} is malformed`);
      rows.push({ entry: { code, description, billable: billable === '1' }, words: [...new Set(wordsOf(description))] });
    }
    return new Icd10Index(rows);
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
      ranking.offer(id, (this.sortedCodes[i] === prefix ? 0 : 2 ** 45) + preferredRank(preferred, entry.code) * 2 ** 37 + (entry.billable ? 0 : 2 ** 36) + i);
    }
  }

  private isWord(token: string): boolean {
    return this.vocabulary[lowerBound(this.vocabulary, token)] === token;
  }

  private searchPreferred(letter: string, preferred: PreferredCodes, ranking: TopRanked): void {
    for (const [code, rank] of preferred) {
      const id = this.byCode.get(bareCode(code));
      if (id !== undefined && this.entryWords[id].some((word) => word.startsWith(letter))) ranking.offer(id, rank);
    }
  }

  private searchWords(tokens: string[], preferred: PreferredCodes, ranking: TopRanked): void {
    if (tokens.length === 0) return;
    const ranges = tokens.map((token) => prefixRange(this.vocabulary, token));
    let rarest = 0;
    const candidates = ranges.map(([from, to]) => this.postingsBefore[to] - this.postingsBefore[from]);
    candidates.forEach((count, i) => (rarest = count < candidates[rarest] ? i : rarest));
    if (candidates[rarest] === 0) return;
    const search = (this.searches = (this.searches % 2_000_000_000) + 1);
    const matches = (words: string[], token: string) => words.some((word) => word.startsWith(token));
    const rankOf = (id: number, preference: number) =>
      preference * 2 ** 32 + Math.min(tokens.filter((token) => !this.entryWords[id].includes(token)).length, 15) * 2 ** 28 + this.wordRank[id];
    // The doctor's own codes first, then the rest, which is never looked at further once the
    // best a candidate could rank is worse than the last one kept (two letters can match half the list).
    for (const [code, rank] of preferred) {
      const id = this.byCode.get(bareCode(code));
      if (id === undefined) continue;
      this.seen[id] = search;
      if (tokens.every((token) => matches(this.entryWords[id], token))) ranking.offer(id, rankOf(id, Math.min(rank, NOT_PREFERRED)));
    }
    const others = tokens.filter((_, i) => i !== rarest);
    // A typed word that is no whole word of the list ("resp") is a prefix match in every answer.
    const bound = NOT_PREFERRED * 2 ** 32 + Math.min(tokens.filter((token) => !this.isWord(token)).length, 15) * 2 ** 28;
    const [from, to] = ranges[rarest];
    for (let w = from; w < to; w += 1) {
      for (const id of this.postings[w]) {
        if (this.seen[id] === search) continue;
        this.seen[id] = search;
        // Postings are in rank order: nothing further in this word's list can be kept.
        if (ranking.worst <= bound + this.wordRank[id]) break;
        const words = this.entryWords[id];
        if (others.every((token) => matches(words, token))) ranking.offer(id, rankOf(id, NOT_PREFERRED));
      }
    }
  }

}

/**
 * A search's ranks are single numbers, lower first, built from fields in fixed bit ranges (the
 * most significant decides first): comparing one number per candidate keeps a search over tens of
 * thousands of candidates within a few milliseconds.
 */
const NOT_PREFERRED = 255;

function preferredRank(preferred: PreferredCodes, code: string): number {
  return Math.min(preferred.get(code) ?? NOT_PREFERRED, NOT_PREFERRED);
}

/** Keeps the `limit` best entries offered, by rank (lower is better). */
class TopRanked {
  private readonly ids: number[] = [];
  private readonly ranks: number[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.ids.length;
  }

  /** The rank an entry must beat to be kept. */
  get worst(): number {
    return this.ids.length < this.limit ? Infinity : this.ranks[this.ranks.length - 1];
  }

  offer(id: number, rank: number): void {
    const { ids, ranks } = this;
    if (ids.length === this.limit && rank >= ranks[ranks.length - 1]) return;
    let at = ids.length;
    while (at > 0 && rank < ranks[at - 1]) at -= 1;
    ids.splice(at, 0, id);
    ranks.splice(at, 0, rank);
    if (ids.length > this.limit) {
      ids.pop();
      ranks.pop();
    }
  }

  best(): number[] {
    return [...this.ids];
  }
}
