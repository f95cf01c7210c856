import nlp from 'compromise';
import { ownNameBesideAnother } from './name-forms';
import { compromiseNameCues, compromiseWorld, type CompromiseWorld, type NameCues, type ParsedTerm } from './name-cues';

/**
 * The last pass: names of people the record does not know (a relative, a neighbour, another
 * patient) found by a language library. Its misses are why it runs last, after the patient's own
 * names and the identifier shapes, and never alone.
 */
export interface NameFinder {
  /**
   * The people's names in the text, as written there. `own`: the words (lower case) of the names
   * the first pass has replaced wherever they stand; a sentence need not be read for them alone.
   */
  find(text: string, own?: ReadonlySet<string>): string[];
}

/** Titles the library includes in a name ("Mr Kumar"): the title stays, so the model still reads who is who. */
const LEADING_TITLE = /^(?:(?:dr|mr|mrs|ms|mdm|madam|miss|encik|en|puan|pn|cik|tuan|dato'?|datuk|datin|haji|hj)\.?\s+)+/iu;

/**
 * Malay words compromise takes for English first names ("dan" is "and", read as "Dan"): written in
 * lower case at the start of a found name, they are the sentence's words, not the name. Without
 * this, "batuk dan selsema" went to the model as "batuk [NAME_1] selsema".
 */
const MALAY_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau', 'dengan', 'untuk', 'pada']);
const MALAY_WORDS_READ_AS_NAMES = new RegExp(`^(?:(?:${[...MALAY_WORDS].join('|')})(?:\\s+|$))+`, 'u');

/** A found name without the Malay words before it; what is left is a name only if a word of it has a capital. */
function withoutMalayWords(name: string): string {
  const rest = name.replace(MALAY_WORDS_READ_AS_NAMES, '');
  if (rest === name) return name;
  return /\p{Lu}/u.test(rest) ? rest : '';
}

type Doc = ReturnType<typeof nlp>;
type DocClass = new (document: ParsedTerm[][]) => Doc;
/** A word compromise has tagged, with the sentence it stands in. */
type TaggedTerm = ParsedTerm & { index?: [number, number] };

/** How many sentences' names are kept: a note is redacted for its preview and again when sent, and old notes at every summary. */
const REMEMBERED_SENTENCES = 5_000;

/** Read from compromise's model at the first text (about 30 ms), not when the hub starts; the same for every finder. */
let sharedCues: NameCues | null = null;

/**
 * compromise (MIT) `people()`: English-trained, so it finds "Jessica Tan" but misses many Malay
 * and Indian forms. compromise tags every sentence on its own, so this gives it only the
 * sentences (cut by its own splitter) that may name someone other than the patients whose names
 * the first pass replaced (see name-cues.ts), skips its last step, the phrase chunker, which
 * `people()` does not read, and keeps the names of the sentences it read last: the same names
 * as from the whole text, at a fraction of the cost.
 */
export class CompromiseNameFinder implements NameFinder {
  private readonly world: CompromiseWorld = compromiseWorld();
  private readonly steps = nlp.hooks().filter((step) => step !== 'chunks');
  private readonly Doc = nlp.tokenize('').constructor as DocClass;
  private readonly namesBySentence = new Map<string, readonly string[]>();

  /** `everySentence`: compromise reads the whole text as it comes, what the shortcut is checked against. */
  constructor(private readonly options: { everySentence?: boolean } = {}) {}

  find(text: string, own: ReadonlySet<string> = new Set()): string[] {
    return this.namesIn(text, own)
      .map((name) => withoutMalayWords(name.replace(LEADING_TITLE, '').replace(/[.,;:!?'"]+$/u, '').trim()))
      .filter((name) => name.length >= 2 && !/PATIENT_|\[[A-Z]+_\d+\]/.test(name));
  }

  /** The names compromise finds in the text as it writes them, reading only the sentences that may name someone. */
  private namesIn(text: string, own: ReadonlySet<string>): string[] {
    if (this.options.everySentence) return peopleIn(nlp(text));
    const cues = (sharedCues ??= compromiseNameCues(this.world));
    if (cues.unanchored.length > 0) return peopleIn(nlp(text));
    const { splitSentences, fromString } = this.world.methods.one.tokenize;
    /** Per sentence read, its names if known, or its place in the document compromise tags now. */
    const read: (readonly string[] | number)[] = [];
    const document: ParsedTerm[][] = [];
    const unread: string[] = [];
    for (const sentence of splitSentences(text, this.world)) {
      const words = wordsOf(sentence);
      if (!cues.mayName(words, { own, lowerCaseOnly: MALAY_WORDS }) && !ownNameBesideAnother(words, own)) continue;
      const known = this.namesBySentence.get(sentence);
      if (known) {
        read.push(known);
        continue;
      }
      // Alone, a sentence is cut into the same words as in the whole text; if compromise would cut it again, read the whole text.
      const parsed = fromString(sentence, this.world);
      if (parsed.length !== 1 || parsed[0].map((term) => term.pre + term.text + term.post).join('') !== sentence) return peopleIn(nlp(text));
      read.push(document.length);
      document.push(parsed[0]);
      unread.push(sentence);
    }
    const found = this.tag(document);
    unread.forEach((sentence, n) => this.remember(sentence, found[n]));
    return read.flatMap((entry) => (typeof entry === 'number' ? found[entry] : entry));
  }

  /** The names compromise finds in each sentence of the document. */
  private tag(document: ParsedTerm[][]): string[][] {
    const found: string[][] = document.map(() => []);
    if (document.length === 0) return found;
    const doc = new this.Doc(document);
    doc.compute(this.steps);
    for (const terms of doc.people().docs as TaggedTerm[][]) {
      const name = rawText(terms);
      const sentence = terms[0]?.index?.[0];
      if (name && sentence !== undefined) found[sentence].push(name);
    }
    return found;
  }

  private remember(sentence: string, names: readonly string[]): void {
    if (this.namesBySentence.size >= REMEMBERED_SENTENCES) this.namesBySentence.clear();
    this.namesBySentence.set(sentence, names);
  }
}

/** What compromise's `people().out('array')` gives: each name's words as typed, trimmed. */
function peopleIn(doc: Doc): string[] {
  return (doc.people().docs as ParsedTerm[][]).map(rawText).filter((name) => name.length > 0);
}

function rawText(terms: readonly ParsedTerm[]): string {
  return terms.reduce((text, term) => text + term.pre + term.text + term.post, '').trim();
}

function wordsOf(sentence: string): string[] {
  const trimmed = sentence.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}
