import type { ClinicProfile } from '../../../shared/schemas/clinic';
import type { IssueStamp, Letterhead, PageContent, PageDocument } from './page-layout';
import { pageWords, type PageWords } from './page-words';

export type LetterheadProfile = Pick<ClinicProfile, 'name' | 'address' | 'phone' | 'registrationNo'>;

/**
 * A module's content made a whole page document: the clinic's letterhead, the furniture's words
 * in the content's languages, and the issue stamp (null for a preview, whose serial box prints
 * dashes). The documents service archives what this returns.
 */
export function composeDocument(content: PageContent, profile: LetterheadProfile, stamp: IssueStamp | null): PageDocument {
  const words = pageWords(content.languages);
  return { ...content, letterhead: letterheadOf(profile, words), words, stamp };
}

/**
 * The letterhead from the clinic's profile: its name and address as written (line by line), which
 * an MC must show, and one line with the phone and the registration number. A logo is for later.
 */
export function letterheadOf(profile: LetterheadProfile, words: PageWords): Letterhead {
  const address = profile.address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return { name: profile.name, lines: [...address, `${words.phone}: ${profile.phone}    ${words.registrationNo}: ${profile.registrationNo}`] };
}
