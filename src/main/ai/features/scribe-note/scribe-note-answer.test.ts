import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScribeTranscriptLine } from '../../../../shared/schemas/scribe';
import { assetFile } from '../../../assets/app-assets';
import { Icd10Index } from '../../../modules/diagnoses/icd10-index';
import { GROUNDED_WORDS_MIN, groundedShare, readScribeNoteAnswer } from './scribe-note-answer';
import { scribeNotePrompt } from './scribe-note-prompt';
import { draftFromTranscript } from './transcript-soap';

let list: Icd10Index;
beforeAll(async () => {
  list = await Icd10Index.fromTsv(await readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8'));
}, 60_000);

const LINES: ScribeTranscriptLine[] = [
  'Good morning, what brings you in?',
  'I have been coughing for five days, and fever since yesterday.',
  'Temperature 38.5, BP 130/80, chest is clear.',
  'Looks like URTI.',
  'I will give you PCM 1g tds. Rest at home and come back in 3 days if not better.',
].map((text, at) => ({ no: at + 1, start: at * 5, end: at * 5 + 4, text }));

const GOOD = {
  sentences: [
    { section: 'subjective', text: 'Coughing for five days, fever since yesterday', lines: [2] },
    { section: 'objective', text: 'Temperature 38.5, BP 130/80, chest clear', lines: [3] },
    { section: 'assessment', text: 'URTI', lines: [4] },
    { section: 'plan', text: 'PCM 1g tds', lines: [5] },
    { section: 'plan', text: 'Rest at home, come back in 3 days if not better', lines: [5, 5] },
  ],
};

const read = (answer: unknown) => readScribeNoteAnswer(answer, LINES, draftFromTranscript(LINES, list), list);

describe('the scribe prompt and the model’s answer', () => {
  it('sends the transcript as numbered lines', () => {
    expect(scribeNotePrompt(LINES.slice(0, 2))).toBe('Transcript:\nL1: Good morning, what brings you in?\nL2: I have been coughing for five days, and fever since yesterday.');
  });

  it('takes an answer whose every sentence its cited lines bear out; sections are its sentences joined, hints from the bundled list', () => {
    const draft = read(GOOD);
    expect(draft?.sentences.at(-1)).toEqual({ section: 'plan', text: 'Rest at home, come back in 3 days if not better', lines: [5] });
    expect(draft?.note).toEqual({
      subjective: 'Coughing for five days, fever since yesterday',
      objective: 'Temperature 38.5, BP 130/80, chest clear',
      assessment: 'URTI',
      plan: 'PCM 1g tds. Rest at home, come back in 3 days if not better',
    });
    expect(draft?.hints.map((hint) => hint.code)).toEqual(['J06.9']);
  });

  it('takes a number said in words as its digits', () => {
    const spoken: ScribeTranscriptLine[] = [{ no: 1, start: 0, end: 3, text: 'temperature is thirty eight point five, blood pressure one thirty over eighty' }];
    const answer = { sentences: [{ section: 'objective', text: 'Temperature 38.5, BP 130/80', lines: [1] }] };
    expect(readScribeNoteAnswer(answer, spoken, draftFromTranscript(spoken, list), list)?.note.objective).toBe('Temperature 38.5, BP 130/80');
    const wrong = { sentences: [{ section: 'objective', text: 'Temperature 38.6, BP 130/80', lines: [1] }] };
    expect(readScribeNoteAnswer(wrong, spoken, draftFromTranscript(spoken, list), list)).toBeNull();
  });

  it.each([
    ['a line the transcript does not have', { sentences: [...GOOD.sentences, { section: 'plan', text: 'MC 1 day', lines: [99] }] }],
    ['a sentence with no line', { sentences: [{ ...GOOD.sentences[0], lines: [] }] }],
    ['a number its lines do not have', { sentences: [{ section: 'objective', text: 'BP 130/80, SpO2 98%', lines: [3] }] }],
    ['a number said on no line it cites', { sentences: [{ section: 'plan', text: 'PCM 1g tds for 5 days', lines: [5] }] }],
    ['words its lines do not have', { sentences: [{ section: 'assessment', text: 'Community acquired pneumonia', lines: [4] }] }],
    ['a section that is no SOAP section', { sentences: [{ ...GOOD.sentences[0], section: 'history' }] }],
    ['no sentence where the transcript has some', { sentences: [] }],
    ['garbage', 'URTI'],
  ])('refuses %s', (_why, answer) => {
    expect(read(answer)).toBeNull();
  });

  it(`counts a word borne out when its cited lines have a word starting as it does, and asks ${GROUNDED_WORDS_MIN * 100}% of them`, () => {
    expect(groundedShare(LINES[1].text, 'Coughing 5/7')).toBe(0.5);
    expect(groundedShare(LINES[1].text, 'cough, fever')).toBe(1);
    expect(groundedShare(LINES[3].text, 'Pneumonia')).toBe(0);
  });
});
