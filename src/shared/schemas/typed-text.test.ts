import { describe, expect, it } from 'vitest';
import { amendNoteInputSchema, saveNoteInputSchema, soapNoteSchema } from './consultation';
import { linesTextSchema, typedTextSchema } from './typed-text';

const VISIT_ID = '0190a5c2-7b1e-7c3d-8e4f-5a6b7c8d9e0f';

describe('a note section: several lines, nothing else a keyboard cannot type', () => {
  it('keeps the doctor’s line breaks, CR LF and a lone CR written as LF', () => {
    const note = soapNoteSchema.parse({ subjective: 'c/o fever 3/7, cough\nno SOB', plan: 'PCM 1g tds\r\nrehat 2/7\rTCA prn' });
    expect(note).toEqual({ subjective: 'c/o fever 3/7, cough\nno SOB', objective: '', assessment: '', plan: 'PCM 1g tds\nrehat 2/7\nTCA prn' });
    expect(saveNoteInputSchema.parse({ visitId: VISIT_ID, version: 0, note: { objective: 'T 38.5\nBP 130/80' } }).note.objective).toBe('T 38.5\nBP 130/80');
    expect(amendNoteInputSchema.parse({ visitId: VISIT_ID, section: 'plan', text: 'PCM 1g tds\r\nTCA 3/7', reason: 'dose written' }).text).toBe('PCM 1g tds\nTCA 3/7');
  });

  it.each([
    ['NUL', 'fever\u0000'],
    ['an escape', 'cough \u001b[31m'],
    ['DEL', 'plan\u007f'],
    ['a C1 control', 'URTI\u0085'],
    ['half a surrogate pair', 'rash \ud83d'],
  ])('refuses %s, on a line of its own or not', (_what, text) => {
    expect(soapNoteSchema.safeParse({ plan: text }).success).toBe(false);
    expect(soapNoteSchema.safeParse({ plan: `first line\n${text}` }).success).toBe(false);
  });

  it('keeps a tab, as a lab report or a table pasted into the note has', () => {
    const objective = 'Outside lab report:\nESR\t28 mm/hr\t(0 - 20)\tHIGH';
    expect(soapNoteSchema.parse({ objective }).objective).toBe(objective);
  });

  it('counts its length after CR LF is written as LF, and keeps an emoji whole', () => {
    const lines = linesTextSchema(10);
    expect(lines.parse('abcd\r\nefgh')).toBe('abcd\nefgh');
    expect(lines.safeParse('abcde\nefghi').success).toBe(false);
    expect(lines.parse('sakit 😷')).toBe('sakit 😷');
  });

  it('leaves a one-line field refusing a line break', () => {
    expect(typedTextSchema.safeParse('Siti\nAbdullah').success).toBe(false);
  });
});
