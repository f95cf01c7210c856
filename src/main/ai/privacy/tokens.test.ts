import { describe, expect, it } from 'vitest';
import { Prng } from '../../../../tests/support/http-fuzz-inputs';
import { bounded } from './name-forms';
import { escapeRegExp, replaceOutsideTokens, replaceWordOutsideTokens } from './tokens';

/** Pieces that make whole-word matching hard: case, digits, tokens, marks, letters outside the BMP, an emoji, U+0345 (folds to ι). */
const PIECES = ['Tan', 'tan', 'TAN', 'an', 'Ta', 'n', ' ', ' ', '-', '.', '1', 'é', 'e\u0301', '𠀀', '😀', '\u0345', 'ι', 'Ι', 'PATIENT_A7X9K2', '[NAME_1]', '[PHONE_12]', 'ſ', 's', 'K', '\u212a', 'k'];

describe('replacing a whole word outside the tokens', () => {
  it('replaces exactly what the whole-word pattern replaces, on thousands of awkward texts', () => {
    const rng = new Prng(29);
    let replaced = 0;
    for (let i = 0; i < 4000; i += 1) {
      const text = Array.from({ length: 1 + rng.int(24) }, () => rng.pick(PIECES)).join('');
      const word = Array.from({ length: 1 + rng.int(2) }, () => rng.pick(PIECES.filter((piece) => !piece.includes('_')))).join('');
      const expected = replaceOutsideTokens(text, new RegExp(bounded(escapeRegExp(word)), 'giu'), () => '[NAME_9]');
      expect(replaceWordOutsideTokens(text, word, () => '[NAME_9]'), JSON.stringify({ text, word })).toBe(expected);
      if (expected !== text) replaced += 1;
    }
    expect(replaced).toBeGreaterThan(200);
  });

  it('leaves a word inside a longer word or a token alone', () => {
    expect(replaceWordOutsideTokens('Tan, Tanjung, tan-Tan PATIENT_TANX2K [TAN_1] 陈Tan', 'tan', () => '[NAME_1]')).toBe('[NAME_1], Tanjung, [NAME_1]-[NAME_1] PATIENT_TANX2K [TAN_1] 陈Tan');
  });
});

/** What `replaceOutsideTokens` promises, written the slow way: each stretch between tokens replaced on its own. */
function stretchByStretch(text: string, pattern: RegExp, token: string): string {
  return text
    .split(/(PATIENT_[A-Z0-9]{6}|\[[A-Z]+_\d+\])/)
    .map((part, at) => (at % 2 === 1 ? part : part.replace(pattern, token)))
    .join('');
}

describe('replacing a pattern outside the tokens', () => {
  it('replaces in one run over the text exactly what replacing each stretch between tokens would', () => {
    const rng = new Prng(31);
    const pieces = [...PIECES, '012-345 6789', '850312-14-5678', '53000 Kuala', 'Jalan Mesra 3', 'a@b.co', 'x.y@mail.my', '@', ',', ' (', ')', '+6', '\n', '\t'];
    const email = new RegExp(bounded('[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}'), 'giu');
    const patterns: [RegExp, string?][] = [
      [email],
      [email, '@'],
      [new RegExp(bounded('\\d{6}\\s?[-.]?\\s?\\d{2}\\s?[-.]?\\s?\\d{4}'), 'gu')],
      [/(?<![\p{L}\p{N}])(\d{5})(?=,?\s+\p{Lu}\p{Ll})/gu],
      [/(?<![\d+])(?:\+?6)?01\d[\s-]*\d{3,4}[\s-]*\d{4}(?!\d)/gu],
      [new RegExp(bounded('Tan|an[\\s-]?1'), 'giu')],
    ];
    let replaced = 0;
    for (let i = 0; i < 3000; i += 1) {
      const text = Array.from({ length: 1 + rng.int(20) }, () => rng.pick(pieces)).join('');
      const [pattern, needs] = rng.pick(patterns);
      const expected = stretchByStretch(text, pattern, '[ID_7]');
      expect(replaceOutsideTokens(text, pattern, () => '[ID_7]', needs), JSON.stringify({ text, pattern: pattern.source, needs })).toBe(expected);
      if (expected !== text) replaced += 1;
    }
    expect(replaced).toBeGreaterThan(300);
  });

  it('hands back the very text it was given when nothing matched, and reads a text holding its mask character stretch by stretch', () => {
    const text = 'Nothing here PATIENT_A7X9K2 to find.';
    expect(replaceOutsideTokens(text, /zzz/g, () => '[ID_1]')).toBe(text);
    expect(replaceOutsideTokens('Tan\uE000Tan [NAME_1] Tan', new RegExp(bounded('Tan'), 'giu'), () => '[NAME_2]')).toBe('[NAME_2]\uE000[NAME_2] [NAME_1] [NAME_2]');
  });
});
