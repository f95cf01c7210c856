import { detectShapes } from './detectors';
import type { NameFinder } from './name-finder';
import { joinAdjacent } from './name-forms';
import { ownIdentifiers, type PatientIdentifiers } from './own-identifiers';
import { countTokens, replaceOutsideTokens, replaceWordOutsideTokens, TokenBook, type TokenCounts } from './tokens';

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
export class Redactor {
  constructor(private readonly nameFinder: NameFinder | null) {}

  redact(text: string, patients: readonly PatientIdentifiers[], book: TokenBook = new TokenBook()): Redaction {
    let result = text.normalize('NFC');
    for (const patient of patients) result = this.ownPass(result, patient, book);
    result = detectShapes(result, book);
    if (this.nameFinder) result = this.namePass(result, book);
    return { text: result, counts: countTokens(result), book };
  }

  private ownPass(text: string, patient: PatientIdentifiers, book: TokenBook): string {
    let result = text;
    for (const identifier of ownIdentifiers(patient)) {
      // Made at the first match: a value the text does not hold gets no token.
      let token: string | null = null;
      const tokenOf = () => (token ??= identifier.kind === 'PATIENT' ? book.patientToken(identifier.value) : book.tokenFor(identifier.kind, identifier.value));
      for (const pattern of identifier.patterns) {
        result = replaceOutsideTokens(result, pattern, () => {
          return tokenOf();
        });
      }
      if (token && (identifier.kind === 'PATIENT' || identifier.kind === 'CONTACT')) result = joinAdjacent(result, token);
    }
    return result;
  }

  private namePass(text: string, book: TokenBook): string {
    let result = text;
    const names = [...new Set(this.nameFinder?.find(text) ?? [])].sort((a, b) => b.length - a.length);
    for (const name of names) {
      const token = book.tokenFor('NAME', name);
      result = replaceWordOutsideTokens(result, name, () => token);
    }
    return result;
  }
}
