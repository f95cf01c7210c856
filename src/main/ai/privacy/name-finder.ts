import nlp from 'compromise';
import { compromiseNameCues, compromiseWorld, type CompromiseWorld, type NameCues, type ParsedTerm } from './name-cues';

/**
 * The last pass: names of people the record does not know (a relative, a neighbour, another
 * patient) found by a language library. Its misses are why it runs last, after the patient's own
 * names and the identifier shapes, and never alone.
 */
export interface NameFinder {
  /** The people's names in the text, as written there. */
  find(text: string): string[];
}

/** Titles the library includes in a name ("Mr Kumar"): the title stays, so the model still reads who is who. */
const LEADING_TITLE = /^(?:(?:dr|mr|mrs|ms|mdm|madam|miss|encik|en|puan|pn|cik|tuan|dato'?|datuk|datin|haji|hj)\.?\s+)+/iu;

/**
 * Malay words compromise takes for English first names ("dan" is "and", read as "Dan"): written in
 * lower case at the start of a found name, they are the sentence's words, not the name. Without
 * this, "batuk dan selsema" went to the model as "batuk [NAME_1] selsema".
 */
const MALAY_WORDS_READ_AS_NAMES = /^(?:(?:dan|di|ke|dari|yang|atau|dengan|untuk|pada)(?:\s+|$))+/u;

/** A found name without the Malay words before it; what is left is a name only if a word of it has a capital. */
function withoutMalayWords(name: string): string {
  const rest = name.replace(MALAY_WORDS_READ_AS_NAMES, '');
  if (rest === name) return name;
  return /\p{Lu}/u.test(rest) ? rest : '';
}

type Doc = ReturnType<typeof nlp>;
type DocClass = new (document: ParsedTerm[][]) => Doc;

/**
 * compromise (MIT) `people()`: English-trained, so it finds "Jessica Tan" but misses many Malay
 * and Indian forms. compromise tags every sentence on its own, so this gives it only the
 * sentences (cut by its own splitter) that hold a word it could start a name from (see
 * name-cues.ts), and skips its last step, the phrase chunker, which `people()` does not read:
 * the same names as from the whole text, at a fraction of the cost.
 */
export class CompromiseNameFinder implements NameFinder {
  private readonly world: CompromiseWorld = compromiseWorld();
  private readonly steps = nlp.hooks().filter((step) => step !== 'chunks');
  private readonly Doc = nlp.tokenize('').constructor as DocClass;
  /** Read from compromise's model at the first text (about 30 ms), not when the hub starts. */
  private cues: NameCues | null = null;

  /** `everySentence`: compromise reads the whole text as it comes, what the shortcut is checked against. */
  constructor(private readonly options: { everySentence?: boolean } = {}) {}

  find(text: string): string[] {
    const names = this.read(text).people().out('array') as unknown;
    if (!Array.isArray(names)) return [];
    return names
      .filter((name): name is string => typeof name === 'string')
      .map((name) => withoutMalayWords(name.replace(LEADING_TITLE, '').replace(/[.,;:!?'"]+$/u, '').trim()))
      .filter((name) => name.length >= 2 && !/PATIENT_|\[[A-Z]+_\d+\]/.test(name));
  }

  /** The text tagged by compromise, with only the sentences that may name someone in it. */
  private read(text: string): Doc {
    if (this.options.everySentence) return nlp(text);
    const cues = (this.cues ??= compromiseNameCues(this.world));
    if (cues.unanchored.length > 0) return nlp(text);
    const { splitSentences, fromString } = this.world.methods.one.tokenize;
    const document: ParsedTerm[][] = [];
    for (const sentence of splitSentences(text, this.world)) {
      if (!cues.mayName(sentence)) continue;
      // Alone, a sentence is cut into the same words as in the whole text; if compromise would cut it again, read the whole text.
      const parsed = fromString(sentence, this.world);
      if (parsed.length !== 1 || parsed[0].map((term) => term.pre + term.text + term.post).join('') !== sentence) return nlp(text);
      document.push(parsed[0]);
    }
    const doc = new this.Doc(document);
    if (document.length > 0) doc.compute(this.steps);
    return doc;
  }
}
