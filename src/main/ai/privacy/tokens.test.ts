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
