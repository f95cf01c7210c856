import { describe, expect, it } from 'vitest';
import { Prng } from '../../../../tests/support/http-fuzz-inputs';
import { compromiseNameCues } from './name-cues';
import { CompromiseNameFinder } from './name-finder';
import { Redactor } from './redactor';
import { SITI } from './sample-patients';
import { clinicalNotes } from '../../../../tests/bench/clinical-notes';

const finder = new CompromiseNameFinder();
const everySentence = new CompromiseNameFinder({ everySentence: true });

const CLINICAL = [
  'Fever 38.5 C for 3 days with cough and sore throat. BP 120/80, HR 88, SpO2 98 %.',
  'Throat injected, no exudate. Chest clear.',
  'Plan: paracetamol 1 g tds x 3/7, fluids, review if worse. MC 2 days.',
  'FBS 7.2 mmol/L, HbA1c 8.1 %. Dengue NS1 negative. Plt 210 x 10^9/L.',
  'Pesakit datang dengan demam 2 hari, batuk dan selsema. Tiada sesak nafas.',
  'Known DM, HPT. On metformin 500 mg bd. Feet: no ulcer.',
  'Pt c/o epigastric pain, worse after meals (no melena,\nno vomiting). Abd soft.',
  'Refer to Dr. at HKL for OGDS', 'Will review in 1/52.', 'Advised on diet... and exercise!',
];

/** Sentences naming people the way Malaysian notes do, and lower-case or odd forms besides. */
const NAMED = [
  'Came with daughter Jessica Tan.',
  'Seen by Dr Ahmad bin Ismail today.',
  'Her neighbour Lee Chong Wei drove her.',
  'Mdm Wong Siew Lan also has fever.',
  'Husband Mohd Faizal bin Ismail will fetch her.',
  'Referred by Dr Rajesh Pillai.',
  'Contact Chan Mei Ling, the sister.',
  'Ms Devi Nair came.',
  'Siti Aminah binti Hassan, the neighbour, called.',
  'mr. dan smith came with ahmad b ismail',
  'Father Kumar a/l Subramaniam called [PHONE_3].',
  'Referred to Dr. Lim Kah Seng at HKL.',
  'PATIENT_A7X9K2 (IC [MYKAD_1]) came with her husband [CONTACT_1].',
  'Priya said "Anand will come" (her son).',
  'José Nuñez and O’Brien saw her; Novakovic too.',
  'Seen with Kok K Leong, Ong-B Huat, Siva c/o Raman and the X-ray man.',
  // Letters and Malay words compromise reads as names only beside a proper noun: the finder skips them elsewhere.
  'Temp 38.5 C, then Wong C Leong came; amoxicillin 500 mg tds x 5/7 for Lim X Ying.',
  'Batuk dan Aminah demam. Makan dan minum baik. Ahmad dan Ali datang. ibu dan bapa sihat, dan Lee datang. batuk dan is worse.',
  'Mohd AB Rahman called. Sister Ah Moi came.',
];

function longNote(rng: Prng, bytes: number, named: readonly string[]): string {
  let text = '';
  while (text.length < bytes) text += `${named.length > 0 && rng.chance(0.2) ? rng.pick(named) : rng.pick(CLINICAL)}${rng.pick(['\n', ' ', '\n\n', '  '])}`;
  return text;
}

/** The test patient's own names, written in the ways a note writes them, beside relatives who share them. */
const OWN_NAMED = [
  'Siti Nurhaliza binti Abdullah (IC 850312-14-5678, MRN-004211) came with her husband Mohd Faizal bin Ismail, tel 013-987 6543.',
  'Siti reports cough for 3 days. Puan Nurhaliza bt Abdullah, DOB 12/03/1985.',
  'Mother Siti Aminah binti Hassan called. Siti binti Hassan, her aunt, came too.',
  'Her sister-in-law Nurhaliza Wong phoned; Dr Lim saw Siti.',
  'Faizal Ahmad, his brother, and Ismail Tan waited. Mohd AB Rahman is Siti\'s uncle.',
];

describe('the name finder', () => {
  it('finds a cue word behind every rule of compromise that can tag a person, so it may skip sentences', () => {
    expect(compromiseNameCues().unanchored).toEqual([]);
  });

  it('finds in long notes exactly the names compromise finds when it reads every sentence', () => {
    const rng = new Prng(13);
    const text = longNote(rng, 120_000, NAMED);
    let names = 0;
    for (let at = 0; at < text.length; at += 4000) {
      const piece = text.slice(at, at + 4000);
      const found = finder.find(piece);
      expect(found).toEqual(everySentence.find(piece));
      names += found.length;
    }
    expect(names).toBeGreaterThan(100);
  });

  it('reads the Malay "dan" (and) as a word, not as the name Dan, and keeps the names after it', () => {
    expect(finder.find('Batuk dan selsema sejak semalam.')).toEqual([]);
    expect(finder.find('Pesakit demam dan batuk, ibu dan bapa sihat.')).toEqual([]);
    const { text } = new Redactor(finder).redact('Demam tinggi dan sakit kepala, makan ubat di rumah.', []);
    expect(text).toBe('Demam tinggi dan sakit kepala, makan ubat di rumah.');
    expect(finder.find('Dan Lee came with his wife.')).toEqual(['Dan Lee']);
    // Second in a sentence, compromise makes a name of it and the word before ("^[#Singular] #Person #Verb"): read as compromise reads it.
    expect(finder.find('batuk dan is worse.')).toEqual(['batuk dan']);
  });

  it('still finds Malay, Chinese and Indian names in a long note, wherever they stand', () => {
    const rng = new Prng(7);
    const text = [longNote(rng, 20_000, []), NAMED.slice(0, 4).join(' '), longNote(rng, 20_000, []), NAMED.slice(4, 9).join('\n'), longNote(rng, 20_000, [])].join('\n');
    const found = finder.find(text);
    for (const name of ['Jessica Tan', 'Ahmad bin Ismail', 'Lee Chong Wei', 'Wong Siew Lan', 'Faizal bin Ismail', 'Rajesh Pillai', 'Chan Mei Ling', 'Devi Nair', 'Siti Aminah']) expect(found).toContain(name);
    const { text: redacted } = new Redactor(finder).redact(text, []);
    for (const name of ['Jessica', 'Chong Wei', 'Siew Lan', 'Rajesh', 'Mei Ling', 'Devi Nair', 'Aminah']) expect(redacted).not.toContain(name);
    expect(redacted).toContain('Fever 38.5 C for 3 days with cough and sore throat.');
  });

  it('redacts a note exactly as when compromise reads every sentence, though it skips those that name only the patients', () => {
    const rng = new Prng(17);
    const { text } = clinicalNotes(120_000, rng);
    const mixed = `${text}\n${longNote(rng, 40_000, [...NAMED, ...OWN_NAMED])}`;
    const everyTime = new Redactor(everySentence);
    const skipping = new Redactor(new CompromiseNameFinder());
    const samePatientToken = (redacted: string) => redacted.replace(/PATIENT_[A-Z0-9]{6}/g, 'PATIENT_x');
    let names = 0;
    for (let at = 0; at < mixed.length; at += 4000) {
      const piece = mixed.slice(at, at + 4000);
      const expected = everyTime.redact(piece, [SITI]);
      expect(samePatientToken(skipping.redact(piece, [SITI]).text), piece).toBe(samePatientToken(expected.text));
      names += expected.counts.NAME ?? 0;
    }
    expect(names).toBeGreaterThan(300);
  });

  it('gives a sentence it has read before the names it found then', () => {
    const reading = new CompromiseNameFinder();
    const note = 'Came with daughter Jessica Tan. Makan dan minum baik. Referred by Dr Rajesh Pillai.';
    const first = reading.find(note);
    expect(first).toEqual(['Jessica Tan', 'Rajesh Pillai']);
    expect(reading.find(note)).toEqual(first);
    expect(reading.find(`Neighbour Lee Chong Wei came. ${note}`)).toEqual(['Lee Chong Wei', ...first]);
  });
});
