import { describe, expect, it } from 'vitest';
import { Prng } from '../../../../tests/support/http-fuzz-inputs';
import { compromiseNameCues } from './name-cues';
import { CompromiseNameFinder } from './name-finder';
import { Redactor } from './redactor';

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
];

function longNote(rng: Prng, bytes: number, named: readonly string[]): string {
  let text = '';
  while (text.length < bytes) text += `${named.length > 0 && rng.chance(0.2) ? rng.pick(named) : rng.pick(CLINICAL)}${rng.pick(['\n', ' ', '\n\n', '  '])}`;
  return text;
}

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
});
