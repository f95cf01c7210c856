import { withoutIdentifiers } from '../../privacy/identifiers-aside';
import { recordText, type LetterVisitFacts } from './visit-facts';

/**
 * Conditions a letter might name, in English and Malay, that a model could add on its own. Not a
 * diagnosis list (the visit's ICD-10 codes are that): the words a check must not see appear in an
 * answer when the record does not have them.
 */
const CONDITION_TERMS = [
  'dengue', 'denggi', 'influenza', 'covid', 'covid-19', 'tuberculosis', 'tibi', 'pneumonia', 'radang paru-paru', 'measles', 'campak',
  'chickenpox', 'varicella', 'cacar air', 'hand, foot and mouth', 'hfmd', 'tangan, kaki dan mulut', 'cholera', 'kolera', 'typhoid', 'tifoid',
  'malaria', 'hepatitis', 'hiv', 'leptospirosis', 'rabies', 'diphtheria', 'difteria', 'pertussis', 'whooping cough', 'batuk kokol',
  'hypertension', 'darah tinggi', 'diabetes', 'kencing manis', 'asthma', 'asma', 'gastroenteritis', 'cirit-birit', 'appendicitis',
  'angina', 'myocardial infarction', 'heart attack', 'serangan jantung', 'stroke', 'angin ahmar', 'cancer', 'kanser', 'carcinoma',
  'fracture', 'patah', 'sepsis', 'meningitis', 'urinary tract infection', 'uti', 'conjunctivitis', 'sinusitis', 'tonsillitis',
  'pharyngitis', 'bronchitis', 'otitis', 'cellulitis', 'gout', 'migraine', 'depression', 'anxiety', 'pregnancy', 'mengandung',
];

/** ICD-10 shaped: a letter and two digits, then perhaps a dot and more (J06.9, A90, U07.1). */
const ICD_CODE = /\b[A-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?\b/g;
const NUMBER = /\d+(?:\.\d+)?/g;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, term: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(term)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** What an answer says that the record does not: a medicine, a condition, an ICD-10 code or a number it made up. */
export interface Additions {
  medicines: string[];
  conditions: string[];
  codes: string[];
  numbers: string[];
}

/**
 * The words of `answer` that are not in the visit's record (nor in `allowed`, the text the local
 * engine wrote from it): any known medicine, listed condition, ICD-10 code or number. A letter
 * that adds one of them would put in the doctor's name something the record never said.
 */
export function additionsTo(answer: string, facts: LetterVisitFacts, medicineNames: readonly string[], allowed = ''): Additions {
  const source = `${recordText(facts)}\n${allowed}`;
  const notInSource = (term: string): boolean => mentions(answer, term) && !mentions(source, term);
  // Codes and numbers with the identifiers aside: a phone put back into the answer as the record writes it is no number made up.
  const [sourceAside, answerAside] = [withoutIdentifiers(source), withoutIdentifiers(answer)];
  const sourceNumbers = new Set(sourceAside.match(NUMBER) ?? []);
  const sourceCodes = new Set((sourceAside.toUpperCase().match(ICD_CODE) ?? []).map((code) => code.toUpperCase()));
  return {
    medicines: [...new Set(medicineNames.map((name) => name.trim().toLowerCase()).filter((name) => name.length >= 4))].filter(notInSource),
    conditions: CONDITION_TERMS.filter(notInSource),
    codes: [...new Set(answerAside.match(ICD_CODE) ?? [])].filter((code) => !sourceCodes.has(code)),
    numbers: [...new Set(answerAside.match(NUMBER) ?? [])].filter((number) => !sourceNumbers.has(number)),
  };
}

export function addsNothing(additions: Additions): boolean {
  return Object.values(additions).every((found: string[]) => found.length === 0);
}

/**
 * Whether a text names the visit's diagnoses or any listed condition: an MC's remarks print
 * without the patient's agreement to show the diagnosis, so they must not carry one.
 */
export function namesADiagnosis(text: string, facts: LetterVisitFacts): boolean {
  const upper = text.toUpperCase();
  return (
    facts.diagnoses.some((diagnosis) => upper.includes(diagnosis.code.toUpperCase()) || mentions(text, diagnosis.description)) ||
    CONDITION_TERMS.some((term) => mentions(text, term)) ||
    (text.match(ICD_CODE) ?? []).length > 0
  );
}
