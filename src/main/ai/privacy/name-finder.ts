import nlp from 'compromise';

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

/** compromise (MIT) `people()`: English-trained, so it finds "Jessica Tan" but misses many Malay and Indian forms. */
export class CompromiseNameFinder implements NameFinder {
  find(text: string): string[] {
    const names = nlp(text).people().out('array') as unknown;
    if (!Array.isArray(names)) return [];
    return names
      .filter((name): name is string => typeof name === 'string')
      .map((name) => name.replace(LEADING_TITLE, '').replace(/[.,;:!?'"]+$/u, '').trim())
      .filter((name) => name.length >= 2 && !/PATIENT_|\[[A-Z]+_\d+\]/.test(name));
  }
}
