import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFile } from '../../../assets/app-assets';
import { Icd10Index } from '../../../modules/diagnoses/icd10-index';
import { keptShare, KEPT_WORDS_MIN, madeUpNumbers, readNoteAnswer } from './note-answer';

let list: Icd10Index;
beforeAll(async () => {
  list = await Icd10Index.fromTsv(await readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8'));
}, 60_000);

const SOURCE = 'c/o fever 3/7, cough 2/52. T 38.5 BP 130/80. Throat injected. Imp: URTI. PCM 1g tds, TCA prn';
const GOOD = {
  subjective: 'c/o fever 3/7, cough 2/52',
  objective: 'T 38.5 BP 130/80\nThroat injected',
  assessment: 'URTI',
  plan: 'PCM 1g tds, TCA prn',
  icd10: [{ code: 'j069', words: ['URTI', 'pneumonia'] }],
};

describe('reading the model’s note', () => {
  it('takes an answer that keeps the doctor’s words, its line breaks as sentence breaks, codes written as the list writes them', () => {
    expect(readNoteAnswer(GOOD, SOURCE, list)).toEqual({
      note: { subjective: 'c/o fever 3/7, cough 2/52', objective: 'T 38.5 BP 130/80. Throat injected', assessment: 'URTI', plan: 'PCM 1g tds, TCA prn' },
      hints: [{ code: 'J06.9', description: 'Acute upper respiratory infection, unspecified', matched: ['URTI'] }],
    });
  });

  it('drops a code that is not in the bundled list and fills from the list’s own hints', () => {
    const read = readNoteAnswer({ ...GOOD, assessment: 'URTI, AGE', icd10: [{ code: 'J06.99', words: ['URTI'] }, { code: 'U09.9', words: [] }] }, `${SOURCE}, AGE`, list);
    expect(read?.hints.map((hint) => hint.code)).toEqual(['J06.9', 'A09']);
  });

  it('refuses an answer that breaks the schema: a code that is no code, a section that is not text', () => {
    expect(readNoteAnswer({ ...GOOD, icd10: [{ code: 'fever', words: [] }] }, SOURCE, list)).toBeNull();
    expect(readNoteAnswer({ ...GOOD, plan: 42 }, SOURCE, list)).toBeNull();
    expect(readNoteAnswer('URTI', SOURCE, list)).toBeNull();
  });

  it(`refuses an answer that keeps less than ${KEPT_WORDS_MIN * 100}% of the doctor’s words (the local split keeps them all)`, () => {
    const short = { subjective: 'Fever and cough.', objective: '', assessment: 'URTI', plan: 'PCM', icd10: [] };
    expect(keptShare(SOURCE, short)).toBeLessThan(KEPT_WORDS_MIN);
    expect(readNoteAnswer(short, SOURCE, list)).toBeNull();
    // Headings are labels: leaving "Imp:" out loses nothing.
    expect(keptShare(SOURCE, GOOD)).toBe(1);
    expect(keptShare('Imp: URTI', { subjective: '', objective: '', assessment: 'URTI', plan: '' })).toBe(1);
  });

  it('refuses an answer with a number the doctor never wrote', () => {
    const invented = { ...GOOD, objective: 'T 38.5 BP 130/80 SpO2 95%. Throat injected' };
    expect(madeUpNumbers(SOURCE, invented)).toEqual(['95']);
    expect(readNoteAnswer(invented, SOURCE, list)).toBeNull();
  });
});
