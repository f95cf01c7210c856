import { ICD10_HINTS_MAX, type Icd10Hint } from '../../../../shared/schemas/ai-notes';

/** One code of the bundled ICD-10-CM list. */
export interface ListedCode {
  code: string;
  description: string;
  billable: boolean;
}

/**
 * The bundled ICD-10-CM list as the diagnoses module searches it (the one index, read once): by
 * words, each a prefix of a word of the description, and by code.
 */
export interface DiagnosisList {
  search(query: string, limit: number): readonly ListedCode[];
  find(code: string): ListedCode | undefined;
}

/**
 * What GPs' abbreviations and Malay diagnoses mean, as words to search the list with. Only the
 * search uses these: the note keeps the doctor's own words.
 */
const SEARCH_WORDS: Record<string, string> = {
  urti: 'acute upper respiratory infection',
  lrti: 'acute lower respiratory infection',
  uti: 'urinary tract infection site',
  age: 'infectious gastroenteritis colitis',
  htn: 'essential primary hypertension',
  dm: 'type 2 diabetes mellitus without complications',
  t2dm: 'type 2 diabetes mellitus without complications',
  apd: 'functional dyspepsia',
  gerd: 'gastro esophageal reflux without esophagitis',
  gord: 'gastro esophageal reflux without esophagitis',
  oa: 'osteoarthritis',
  lbp: 'low back pain',
  ili: 'influenza',
  bppv: 'benign paroxysmal vertigo',
  ibs: 'irritable bowel syndrome',
  copd: 'chronic obstructive pulmonary disease',
  hfmd: 'hand foot mouth',
  'viral fever': 'viral infection unspecified',
  'viral illness': 'viral infection unspecified',
  dengue: 'dengue fever classical',
  denggi: 'dengue fever classical',
  'demam denggi': 'dengue fever classical',
  tonsilitis: 'acute tonsillitis',
  'jangkitan saluran pernafasan atas': 'acute upper respiratory infection',
  selsema: 'acute nasopharyngitis',
  selesema: 'acute nasopharyngitis',
  gastrik: 'gastritis',
  'darah tinggi': 'essential primary hypertension',
  'kencing manis': 'type 2 diabetes mellitus without complications',
};

/** Words that qualify a diagnosis in a note but are not in the list's descriptions. */
const QUALIFIERS = new Set(['likely', 'probable', 'probably', 'possible', 'possibly', 'suspected', 'suspect', 'query', 'imp', 'impression', 'dx', 'ddx', 'known', 'stable', 'controlled', 'uncontrolled', 'not', 'at', 'target', 'to', 'for', 'r', 'o', 'c', 'w', 'the', 'of', 'in', 'on', 'mild', 'moderate', 'worsening', 'improving', 'resolving', 'resolved', 'flare']);

/** Too general alone to name a code: searched only with another word. */
const NOT_ALONE = new Set(['acute', 'chronic', 'viral', 'bacterial', 'infection', 'infective', 'disease', 'pain', 'syndrome', 'severe', 'exacerbation', 'fever']);

/** The diagnoses of an assessment, one phrase each: "DM uncontrolled, HTN not at target" → two. */
function phrasesOf(assessment: string): string[] {
  return assessment
    .split(/[,;.\n+]|\s(?:and|with|w|dan)\s|\s\/\s/iu)
    .map((phrase) => phrase.trim())
    .filter((phrase) => /\p{L}/u.test(phrase));
}

function wordsOf(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** The known abbreviation or Malay diagnosis in a phrase, as written, with the words it means. */
function knownTerm(words: string[]): { written: string[]; query: string } | null {
  const lower = words.map((word) => word.toLowerCase());
  for (let size = Math.min(4, lower.length); size >= 1; size -= 1) {
    for (let at = 0; at + size <= lower.length; at += 1) {
      const query = SEARCH_WORDS[lower.slice(at, at + size).join(' ')];
      if (query) return { written: words.slice(at, at + size), query };
    }
  }
  return null;
}

/**
 * The words that find codes: all of the phrase's own words first, then all but one, then one
 * word alone (when it can name a diagnosis by itself). Each try is what the doctor wrote.
 */
function tries(words: string[]): string[][] {
  const kept = words.filter((word) => !QUALIFIERS.has(word.toLowerCase()) && !/^\d+$/.test(word));
  // "probably viral" alone names no diagnosis: a word too general alone is searched only with another.
  const all = kept.length === 1 && NOT_ALONE.has(kept[0].toLowerCase()) ? [] : [kept];
  if (kept.length > 2) for (let drop = kept.length - 1; drop >= 0; drop -= 1) all.push(kept.filter((_, i) => i !== drop));
  if (kept.length > 1) for (const word of kept) if (word.length >= 4 && !NOT_ALONE.has(word.toLowerCase())) all.push([word]);
  return all.filter((list) => list.length > 0);
}

/** How many codes one diagnosis phrase may suggest: the best two, so another diagnosis still gets its turn; a known abbreviation names one. */
const PER_PHRASE = 2;
/** Searched for each phrase, then ranked again: billable codes, then the unspecified one (the doctor wrote no more). */
const SEARCHED = 20;

function ranked(found: readonly ListedCode[], preferUnspecified: boolean): ListedCode[] {
  const score = (entry: ListedCode) => (entry.billable ? 0 : 2) + (!preferUnspecified || /unspecified/i.test(entry.description) ? 0 : 1);
  return found.map((entry, at) => ({ entry, at })).sort((a, b) => score(a.entry) - score(b.entry) || a.at - b.at).map(({ entry }) => entry);
}

/**
 * ICD-10-CM codes for the diagnoses written in an assessment, from the bundled list only: each
 * phrase's known abbreviation ("URTI") or its own words searched in the list, billable codes
 * first, at most five in all, each with the words of the note that found it.
 */
export function icd10Hints(assessment: string, list: DiagnosisList): Icd10Hint[] {
  const hints: Icd10Hint[] = [];
  const add = (found: readonly ListedCode[], matched: string[], most: number, preferUnspecified: boolean) => {
    let taken = 0;
    for (const entry of ranked(found, preferUnspecified)) {
      if (taken === most || hints.length === ICD10_HINTS_MAX) return;
      if (hints.some((hint) => hint.code === entry.code)) continue;
      hints.push({ code: entry.code, description: entry.description, matched });
      taken += 1;
    }
  };
  for (const phrase of phrasesOf(assessment)) {
    if (hints.length === ICD10_HINTS_MAX) break;
    const words = wordsOf(phrase);
    const term = knownTerm(words);
    if (term) {
      add(list.search(term.query, SEARCHED), term.written, 1, false);
      continue;
    }
    for (const attempt of tries(words)) {
      const found = list.search(attempt.join(' '), SEARCHED);
      if (found.length > 0) {
        add(found, attempt, PER_PHRASE, true);
        break;
      }
    }
  }
  return hints;
}
