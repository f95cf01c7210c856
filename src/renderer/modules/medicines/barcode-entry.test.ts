import { describe, expect, it } from 'vitest';
import { enteredBarcodes } from './barcode-entry';

describe('enteredBarcodes', () => {
  it('adds a scanned code after the ones held, once', () => {
    expect(enteredBarcodes(['9556001234567', '9556001234567'])).toEqual({ barcodes: ['9556001234567'], refused: null });
  });

  it('splits a typed or pasted list at commas, semicolons and spaces', () => {
    expect(enteredBarcodes(['111122223333', '4444555566667, 7777888899990;ABC-12'])).toEqual({ barcodes: ['111122223333', '4444555566667', '7777888899990', 'ABC-12'], refused: null });
  });

  it('leaves out what is not a barcode and names it', () => {
    expect(enteredBarcodes(['111122223333', 'ab'])).toEqual({ barcodes: ['111122223333'], refused: 'ab' });
  });
});
