import { remembered } from '../../../shared/remembered';
import { detectShapes } from './detectors';
import type { NameFinder } from './name-finder';
import { joinAdjacent, ownNameWords } from './name-forms';
import { ownIdentifiers, type PatientIdentifiers } from './own-identifiers';
import { countTokens, replaceOutsideTokens, replaceWholeWord, replaceWordOutsideTokens, TOKEN_PATTERN, TokenBook, type TokenCounts } from './tokens';

/** What leaves the PC, and what stays on it to put the answer back together. */
export interface Redaction {
  /** The text with every identifier found replaced by a token. */
  text: string;
  /** Places in the text that hold a token, by kind of identifier. */
  counts: TokenCounts;
  /** The mapping; in memory only, never sent or stored. */
  book: TokenBook;
}

/**
 * The redaction chain, in the order that works on Malaysian and Indian records: (1) the
 * patients' own identifiers from their records, (2) identifier shapes (MyKad, passport, phones,
 * email, Aadhaar, PAN, ABHA, addresses, postcodes, dates of birth), (3) the name finder. One
 * book may redact several texts of the same request, so a value keeps its token across them.
 */
/** Words inside a name that say whose child someone is, not who: kept as written. */
const NAME_CONNECTORS = new Set(['bin', 'binti', 'bt', 'bte', 'a/l', 'a/p', 'van', 'von', 'de', 'da', 'al']);

export class Redactor {
  constructor(private readonly nameFinder: NameFinder | null) {}

  redact(text: string, patients: readonly PatientIdentifiers[], book: TokenBook = new TokenBook()): Redaction {
    const original = text.normalize('NFC');
    let result = original;
    for (const patient of patients) result = this.ownPass(result, patient, book);
    result = detectShapes(result, book);
    if (this.nameFinder) result = this.namePass(original, result, patients, book);
    return { text: result, counts: countTokens(result), book };
  }

  private ownPass(text: string, patient: PatientIdentifiers, book: TokenBook): string {
    let result = text;
    for (const identifier of identifiersOf(JSON.stringify(patient))) {
      // Made at the first match: a value the text does not hold gets no token.
      let token: string | null = null;
      const tokenOf = () => (token ??= identifier.kind === 'PATIENT' ? book.patientToken(identifier.value) : book.tokenFor(identifier.kind, identifier.value));
      result = replaceOutsideTokens(result, identifier.pattern, tokenOf);
      if (token && (identifier.kind === 'PATIENT' || identifier.kind === 'CONTACT')) result = joinAdjacent(result, token);
    }
    return result;
  }

  /**
   * The finder reads the text as written: a token where the patient's name was ("PATIENT_x Aminah
   * binti Hassan" for a relative who shares her first name) hides the name beside it from it. A
   * name the first pass has cut into becomes one name again, its token with it: the mother's
   * "Siti" is hers, not the patient's. Any other name an earlier pass cut into is redacted word
   * by word, each capitalised word of it.
   */
  private namePass(original: string, redacted: string, patients: readonly PatientIdentifiers[], book: TokenBook): string {
    let result = redacted;
    const own = ownNameWords(patients.flatMap((patient) => [patient.fullName, patient.emergencyContact?.name ?? '']));
    const names = [...new Set(this.nameFinder?.find(original, own) ?? [])].sort((a, b) => b.length - a.length);
    for (const name of names) {
      const tokenOf = () => book.tokenFor('NAME', name);
      const whole = replaceWordOutsideTokens(result, name, tokenOf);
      if (whole !== result) {
        result = whole;
        continue;
      }
      const asCut = patients.reduce((text, patient) => this.ownPass(text, patient, book), name);
      const rejoined = asCut !== name && capitalisedWords(asCut.replace(TOKEN_PATTERN, ' ')).length > 0 ? replaceWholeWord(result, asCut, tokenOf) : result;
      if (rejoined !== result) {
        result = rejoined;
        continue;
      }
      for (const word of capitalisedWords(name)) result = replaceWordOutsideTokens(result, word, () => book.tokenFor('NAME', word));
    }
    return result;
  }
}

/** The words of a name that may identify: capitalised, not "bin" or "a/l". */
function capitalisedWords(name: string): string[] {
  return name.split(/\s+/u).filter((part) => /^\p{Lu}\p{L}/u.test(part) && !NAME_CONNECTORS.has(part.toLowerCase()));
}

/** A patient's identifiers and their patterns, built once for the patients redacted last (a request redacts several texts of one patient). */
const identifiersOf = remembered((patient) => ownIdentifiers(JSON.parse(patient) as PatientIdentifiers), 100);
