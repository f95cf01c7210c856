import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFile } from '../../../assets/app-assets';
import { Icd10Index } from '../../../modules/diagnoses/icd10-index';
import { Redactor } from '../../privacy/redactor';
import { SITI } from '../../privacy/sample-patients';
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

  it('takes an answer that keeps the patient’s phone, put back on this PC as the record writes it, whatever the doctor typed', () => {
    // As the pipeline runs: the doctor's text redacted with the patient's own identifiers, the model answering in its tokens, the answer re-identified here.
    const typed = `Pn Siti c/o fever 3/7, cough. T 38.5 BP 130/80. Imp: URTI. Plan: PCM 1g tds, call husband 013 9876543 or her 012-3456789 if worse`;
    const { text, book } = new Redactor(null).redact(typed, [SITI]);
    const phones = text.match(/\[PHONE_\d\]/g) ?? [];
    expect(phones).toHaveLength(2);
    const answer = {
      subjective: `${/PATIENT_[A-Z0-9]{6}/.exec(text)?.[0]} c/o fever 3/7, cough`,
      objective: 'T 38.5 BP 130/80',
      assessment: 'URTI',
      plan: `PCM 1g tds, call husband ${phones[0]} or her ${phones[1]} if worse`,
      icd10: [{ code: 'J06.9', words: ['URTI'] }],
    };
    const reidentified = JSON.parse(book.reidentify(JSON.stringify(answer))) as typeof answer;
    expect(reidentified.plan).toBe('PCM 1g tds, call husband 013-987 6543 or her +60 12-345 6789 if worse');
    expect(madeUpNumbers(typed, reidentified)).toEqual([]);
    expect(readNoteAnswer(reidentified, typed, list)?.note.plan).toBe(reidentified.plan);
    // A reading the doctor never wrote is still refused beside the phones.
    expect(readNoteAnswer({ ...reidentified, objective: 'T 38.5 BP 130/80 SpO2 95%' }, typed, list)).toBeNull();
  });
});
