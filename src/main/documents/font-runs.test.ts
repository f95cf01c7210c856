import { describe, expect, it } from 'vitest';
import { fontRuns } from './font-runs';
import { pdfTypefaces } from './pdf-fonts';

const [NOTO, TAMIL, CJK] = [0, 1, 2];
const fallback = pdfTypefaces().map((typeface) => () => typeface.font('regular'));
const runs = (text: string) => fontRuns(text, fallback);

describe('splitting text into runs by font', () => {
  it('keeps Latin text, with Malay and other accented letters, in Noto Sans', () => {
    expect(runs('Klinik Puan Sri Ḥafīẓah, Café')).toEqual([{ font: NOTO, text: 'Klinik Puan Sri Ḥafīẓah, Café' }]);
  });

  it('switches to the CJK font for Chinese, Japanese kana and Korean, and back for Latin', () => {
    expect(runs('诊所 Klinik Sejahtera')).toEqual([
      { font: CJK, text: '诊所 ' },
      { font: NOTO, text: 'Klinik Sejahtera' },
    ]);
    expect(runs('醫務所 さくら 김민준')).toEqual([{ font: CJK, text: '醫務所 さくら 김민준' }]);
  });

  it('keeps a line of Tamil words, spaces included, in one Tamil run', () => {
    expect(runs('மருத்துவமனை கொடி 2')).toEqual([
      { font: TAMIL, text: 'மருத்துவமனை கொடி ' },
      { font: NOTO, text: '2' },
    ]);
  });

  it('replaces a character no font has (an emoji, with its modifiers and joiners) by one "?"', () => {
    expect(runs('Klinik 😀 Ceria 👨‍👩‍👧 👍🏽')).toEqual([{ font: NOTO, text: 'Klinik ? Ceria ? ?' }]);
  });

  it('composes a letter typed as base + accent, and drops invisible characters the font cannot draw', () => {
    expect(runs('Jose\u0301')).toEqual([{ font: NOTO, text: 'José' }]);
    expect(runs('诊\uFE0F所')).toEqual([{ font: CJK, text: '诊所' }]);
    expect(runs('\u200B')).toEqual([]);
  });

  it('opens a later font only when an earlier one lacks a character', () => {
    const opened: number[] = [];
    const tracked = fallback.map((font, index) => () => {
      opened.push(index);
      return font();
    });
    fontRuns('Klinik Sejahtera', tracked);
    expect(new Set(opened)).toEqual(new Set([NOTO]));
  });
});
