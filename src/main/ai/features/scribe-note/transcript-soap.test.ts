import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScribeTranscriptLine } from '../../../../shared/schemas/scribe';
import { assetFile } from '../../../assets/app-assets';
import { Icd10Index } from '../../../modules/diagnoses/icd10-index';
import { draftFromTranscript } from './transcript-soap';

let list: Icd10Index;
beforeAll(async () => {
  list = await Icd10Index.fromTsv(await readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8'));
}, 60_000);

const transcript = (...texts: string[]): ScribeTranscriptLine[] => texts.map((text, at) => ({ no: at + 1, start: at * 4, end: at * 4 + 3, text }));
const placed = (lines: ScribeTranscriptLine[]) => draftFromTranscript(lines, list).sentences.map((sentence) => [sentence.section, sentence.text, sentence.lines]);

describe('the local scribe draft', () => {
  it('places an English consultation sentence by sentence, each citing its line, small talk left out', () => {
    const lines = transcript(
      'Good morning doctor.',
      "I've had a fever for three days and a sore throat.",
      'Okay, let me check. Temperature is 38.5, BP 130/80.',
      'Throat is red. I think this is URTI.',
      'PCM 1g tds and rest. Come back if the fever does not settle.',
      'Thank you doctor.',
    );
    expect(placed(lines)).toEqual([
      ['subjective', "I've had a fever for three days and a sore throat", [2]],
      ['objective', 'let me check', [3]],
      ['objective', 'Temperature is 38.5, BP 130/80', [3]],
      ['objective', 'Throat is red', [4]],
      ['assessment', 'I think this is URTI', [4]],
      ['plan', 'PCM 1g tds and rest', [5]],
      ['plan', 'Come back if the fever does not settle', [5]],
    ]);
    const draft = draftFromTranscript(lines, list);
    expect(draft.note).toEqual({
      subjective: "I've had a fever for three days and a sore throat",
      objective: 'let me check. Temperature is 38.5, BP 130/80. Throat is red',
      assessment: 'I think this is URTI',
      plan: 'PCM 1g tds and rest. Come back if the fever does not settle',
    });
    expect(draft.hints.map((hint) => hint.code)).toEqual(['J06.9']);
  });

  it('places a Malay and Manglish consultation: demam to the complaint, demam denggi to the assessment, rehat to the plan', () => {
    const lines = transcript(
      'Selamat pagi doktor.',
      'Saya demam 3 hari, batuk sikit.',
      'Ada muntah?',
      'Tak ada.',
      'BP 130/80, suhu 38.2.',
      'Ini demam denggi lah.',
      'PCM 1g tds, rehat, banyak minum air.',
      'Terima kasih.',
    );
    expect(placed(lines)).toEqual([
      ['subjective', 'Saya demam 3 hari, batuk sikit', [2]],
      ['subjective', 'Ada muntah?', [3]],
      ['subjective', 'Tak ada', [4]],
      ['objective', 'BP 130/80, suhu 38.2', [5]],
      ['assessment', 'Ini demam denggi lah', [6]],
      ['plan', 'PCM 1g tds, rehat, banyak minum air', [7]],
    ]);
    expect(draftFromTranscript(lines, list).hints.map((hint) => hint.code)).toEqual(['A90']);
  });

  it('places a conversation as a transcription server writes it: questions and answers in the history, a condition with its advice', () => {
    const lines = transcript(
      'Hi, good afternoon. So what brings you in today?',
      'Doctor, I have had a fever since Monday, and my throat is very painful.',
      'Okay. Any cough or runny nose?',
      'Yes, a bit of cough, no phlegm.',
      'Alright, let me have a look. Your temperature is 38.2 degrees.',
      'Your throat is quite red and the tonsils are swollen. Chest is clear.',
      'I think this is tonsillitis, probably viral.',
      "I'll give you paracetamol 1 gram, three times a day, and some lozenges.",
      'Drink plenty of water and rest. If the fever does not go down in three days, come back.',
      'Okay, thank you doctor.',
    );
    expect(placed(lines)).toEqual([
      ['subjective', 'So what brings you in today?', [1]],
      ['subjective', 'I have had a fever since Monday, and my throat is very painful', [2]],
      ['subjective', 'Any cough or runny nose?', [3]],
      ['subjective', 'Yes, a bit of cough, no phlegm', [4]],
      ['objective', 'let me have a look', [5]],
      ['objective', 'Your temperature is 38.2 degrees', [5]],
      ['objective', 'Your throat is quite red and the tonsils are swollen', [6]],
      ['objective', 'Chest is clear', [6]],
      ['assessment', 'I think this is tonsillitis, probably viral', [7]],
      ['plan', "I'll give you paracetamol 1 gram, three times a day, and some lozenges", [8]],
      ['plan', 'Drink plenty of water and rest', [9]],
      ['plan', 'If the fever does not go down in three days, come back', [9]],
    ]);
    // "probably viral" alone names no code.
    expect(draftFromTranscript(lines, list).hints.map((hint) => hint.code)).toEqual(['J03.90', 'J03.91']);
  });

  it.each([
    ['c/o sore throat 2/7', 'subjective'],
    ['BP 130/80', 'objective'],
    ['blood pressure is 130 over 80', 'objective'],
    ['URTI', 'assessment'],
    ['it looks like a viral infection', 'assessment'],
    ['PCM 1g tds, rehat', 'plan'],
    ["I'll give you some lozenges", 'plan'],
    ["I'll give you something for the fever", 'plan'],
    ['I think it is just the flu', 'assessment'],
    ["I've had a high temperature for 3 days", 'subjective'],
    ['your chest is clear', 'objective'],
    ['tekak nampak merah sikit', 'objective'],
  ])('places “%s” in %s', (said, section) => {
    expect(placed(transcript(said))).toEqual([[section, said, [1]]]);
  });

  it('keeps every word said but the small talk, adds none, and cites only lines that exist', () => {
    const lines = transcript('Hmm, okay.', 'So the cough started last week, mostly at night, xyz abc.', 'Chest clear, no wheeze. Salbutamol inhaler prn.', 'Alright, see you.');
    const draft = draftFromTranscript(lines, list);
    for (const sentence of draft.sentences) {
      for (const no of sentence.lines) expect(lines.some((line) => line.no === no)).toBe(true);
      const said = sentence.lines.map((no) => lines[no - 1].text).join(' ');
      for (const word of sentence.text.split(/[\s,.]+/).filter(Boolean)) expect(said).toContain(word);
    }
    const written = Object.values(draft.note).join(' ');
    for (const word of ['cough', 'started', 'night', 'xyz', 'abc', 'Chest', 'wheeze', 'Salbutamol', 'prn']) expect(written).toContain(word);
    expect(written).not.toMatch(/\b(?:Hmm|okay|Alright)\b/);
  });

  it('drafts nothing from an empty transcript or one of small talk only', () => {
    expect(draftFromTranscript([], list)).toEqual({ note: { subjective: '', objective: '', assessment: '', plan: '' }, sentences: [], hints: [] });
    expect(draftFromTranscript(transcript('Okay.', 'Terima kasih doktor.', ''), list).sentences).toEqual([]);
  });
});
