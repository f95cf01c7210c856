import { describe, expect, it } from 'vitest';
import { breakLines } from './text-lines';

/** One unit per user-perceived character: wrapping rules seen without font metrics. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const oneEach = (_font: number, text: string): number => [...graphemes.segment(text)].length;
const lines = (text: string, width: number, font = 0) => breakLines([{ font, text }], width, oneEach).map((line) => line.runs.map((run) => run.text).join(''));

describe('breaking text into lines', () => {
  it('wraps at spaces and leaves the spaces at a line end out', () => {
    expect(lines('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(lines('ab   cd', 2)).toEqual(['ab', 'cd']);
  });

  it('breaks Chinese between any two characters, but never before a closing mark', () => {
    expect(lines('一二三四五六', 4)).toEqual(['一二三四', '五六']);
    expect(lines('一二三，四', 3)).toEqual(['一二', '三，四']);
    expect(lines('诊所Klinik', 6)).toEqual(['诊所', 'Klinik']);
  });

  it('cuts a word wider than the line between letters, never inside a Tamil letter', () => {
    expect(lines('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(lines('கொகொகொ', 2)).toEqual(['கொகொ', 'கொ']);
  });

  it('measures each line as drawn, run by run', () => {
    const [line] = breakLines(
      [
        { font: 2, text: '诊所 ' },
        { font: 0, text: 'Klinik' },
      ],
      100,
      (font, text) => (font === 2 ? 10 : 1) * [...text].length,
    );
    expect(line).toEqual({ runs: [{ font: 2, text: '诊所 ' }, { font: 0, text: 'Klinik' }], width: 36 });
  });

  it('gives empty text one empty line', () => {
    expect(breakLines([], 10, oneEach)).toEqual([{ runs: [], width: 0 }]);
  });
});
