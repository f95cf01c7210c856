import nlp from 'compromise';
import { compromiseNameCues, compromiseWorld, type CompromiseWorld, type NameCues } from './name-cues';

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
 * compromise (MIT) `people()`: English-trained, so it finds "Jessica Tan" but misses many Malay
 * and Indian forms. It reads only the sentences that hold a word it could start a name from (see
 * name-cues.ts), cut by its own sentence splitter: compromise tags every sentence on its own, so
 * it finds the same names in them as in the whole text, at a fraction of the cost.
 */
export class CompromiseNameFinder implements NameFinder {
  private readonly world: CompromiseWorld = compromiseWorld();
  /** Null when every sentence goes to compromise: what the shortcut is checked against. */
  private readonly cues: NameCues | null;

  constructor(options: { everySentence?: boolean } = {}) {
    this.cues = options.everySentence ? null : compromiseNameCues(this.world);
  }

  find(text: string): string[] {
    const names = nlp(this.sentencesWithCues(text)).people().out('array') as unknown;
    if (!Array.isArray(names)) return [];
    return names
      .filter((name): name is string => typeof name === 'string')
      .map((name) => name.replace(LEADING_TITLE, '').replace(/[.,;:!?'"]+$/u, '').trim())
      .filter((name) => name.length >= 2 && !/PATIENT_|\[[A-Z]+_\d+\]/.test(name));
  }

  /** The sentences that may name someone, joined; the whole text when compromise would cut the joined ones differently. */
  private sentencesWithCues(text: string): string {
    if (!this.cues || this.cues.unanchored.length > 0) return text;
    const cues = this.cues;
    const split = (input: string) => this.world.methods.one.tokenize.splitSentences(input, this.world);
    const sentences = split(text);
    const kept = sentences.filter((sentence) => cues.mayName(sentence));
    if (kept.length === sentences.length) return text;
    const joined = kept.join('');
    const again = split(joined);
    return again.length === kept.length && again.every((sentence, i) => sentence === kept[i]) ? joined : text;
  }
}
