import { describe, expect, it } from 'vitest';
import type { SoapNote } from '../../../../shared/schemas/consultation';
import { placePhrase, splitIntoSoap } from './soap-split';

const note = (subjective: string, objective: string, assessment: string, plan: string): SoapNote => ({ subjective, objective, assessment, plan });

describe('the local note structurer', () => {
  it.each([
    [
      'a one-line GP shorthand note',
      'c/o fever 3/7, cough 2/52. T 38.5 BP 130/80 PR 88 SpO2 97%. Throat injected, chest clear. Imp: URTI. PCM 1g tds x3/7, TCA prn',
      note('c/o fever 3/7, cough 2/52', 'T 38.5 BP 130/80 PR 88 SpO2 97%. Throat injected, chest clear', 'URTI', 'PCM 1g tds x3/7, TCA prn'),
    ],
    [
      'headings alone on their lines, each heading the lines below',
      'Hx:\nFever x 3 days\nNo vomiting\nO/E:\nT 37.8\nThroat injected\nDx:\nAcute tonsillitis\nPlan:\nAmoxicillin 500mg tds x 5/7\nTCA if worse',
      note('Fever x 3 days. No vomiting', 'T 37.8. Throat injected', 'Acute tonsillitis', 'Amoxicillin 500mg tds x 5/7. TCA if worse'),
    ],
    [
      'S: O: A: P: on one line',
      'S: sore throat 2/7, no fever O: T 37.2, tonsils enlarged w exudates A: acute tonsillitis P: amoxicillin 500mg tds x5/7, gargle, TCA 1/52',
      note('sore throat 2/7, no fever', 'T 37.2, tonsils enlarged w exudates', 'acute tonsillitis', 'amoxicillin 500mg tds x5/7, gargle, TCA 1/52'),
    ],
    [
      'a chronic disease follow-up: the history sentence keeps its medicines, the new dose goes to the plan',
      'k/c/o DM, HTN on metformin 500mg bd, amlodipine 5mg od. Came for f/u. No complaints. BP 150/90, DXT 11.2. DM uncontrolled, HTN not at target. Increase metformin 1g bd. Diet advice. TCA 1/12 with FBS, HbA1c.',
      note(
        'k/c/o DM, HTN on metformin 500mg bd, amlodipine 5mg od. Came for f/u. No complaints',
        'BP 150/90, DXT 11.2',
        'DM uncontrolled, HTN not at target',
        'Increase metformin 1g bd. Diet advice. TCA 1/12 with FBS, HbA1c',
      ),
    ],
    [
      'gastroenteritis with findings and a query diagnosis',
      'Loose stools x6 since last night, vomiting x3, abd pain. O/E hydration fair, abd soft non tender, BS+. ?AGE. ORS, loperamide prn, MC 1/7',
      note('Loose stools x6 since last night, vomiting x3, abd pain', 'O/E hydration fair, abd soft non tender, BS+', '?AGE', 'ORS, loperamide prn, MC 1/7'),
    ],
    [
      'Malay: demam, batuk, selsema',
      'Demam 3 hari, batuk dan selsema. Suhu 38.2. Tekak merah. Diagnosis: jangkitan saluran pernafasan atas. Ubat demam, rehat, banyak minum air. Datang semula jika demam berterusan.',
      note('Demam 3 hari, batuk dan selsema', 'Suhu 38.2. Tekak merah', 'jangkitan saluran pernafasan atas', 'Ubat demam, rehat, banyak minum air. Datang semula jika demam berterusan'),
    ],
    [
      'dictation in sentences, a dengue work-up',
      'Patient complains of fever for 4 days with body aches and retro-orbital pain. Temp 38.9, BP 110/70, pulse 102. Dengue NS1 +ve, platelets 98. Likely dengue fever. Push fluids, paracetamol 1g qid, no NSAIDs. Review tomorrow with FBC.',
      note(
        'Patient complains of fever for 4 days with body aches and retro-orbital pain',
        'Temp 38.9, BP 110/70, pulse 102. Dengue NS1 +ve, platelets 98',
        'Likely dengue fever',
        'Push fluids, paracetamol 1g qid, no NSAIDs. Review tomorrow with FBC',
      ),
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitIntoSoap(text)).toEqual(expected);
  });

  it('keeps every word of the text, in its order, expanding nothing', () => {
    const text = 'c/o giddiness 1/7, xyz abc. T 37 BP 120/80. qwerty. Imp: BPPV. Betahistine 16mg tds';
    const split = splitIntoSoap(text);
    const written = Object.values(split).join(' ');
    for (const word of text.replace('Imp:', '').match(/[\p{L}\p{N}/]+/gu) ?? []) expect(written).toContain(word);
    // A phrase nothing places follows the one before it: "xyz abc" stays with the complaint, "qwerty" with the readings.
    expect(split.subjective).toBe('c/o giddiness 1/7, xyz abc');
    expect(split.objective).toBe('T 37 BP 120/80. qwerty');
    expect(split.plan).toBe('Betahistine 16mg tds');
  });

  it('reads no heading into a one-letter reading, and nothing into an empty text', () => {
    expect(splitIntoSoap('P: 88, T: 37.5')).toEqual(note('', 'P: 88, T: 37.5', '', ''));
    expect(splitIntoSoap('  \n ')).toEqual(note('', '', '', ''));
  });

  it.each([
    ['fever 3/7', 'subjective'],
    ['batuk 2 minggu', 'subjective'],
    ['SpO2 97% on RA', 'objective'],
    ['BP 130/80', 'objective'],
    ['chest clear', 'objective'],
    ['PCM 1g tds', 'plan'],
    ['TCA 3/7', 'plan'],
    ['f/u 1/52', 'plan'],
    ['rehat', 'plan'],
    ['URTI', 'assessment'],
    ['?dengue', 'assessment'],
    ['took panadol 500mg', 'subjective'],
    ['something else', null],
  ])('places “%s” in %s', (phrase, section) => {
    expect(placePhrase(phrase)).toBe(section);
  });
});
