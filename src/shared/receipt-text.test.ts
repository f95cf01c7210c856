import { describe, expect, it } from 'vitest';
import { asPrintedOnReceipt, receiptLosesCharacters } from './receipt-text';

describe('clinic name on the receipt printer', () => {
  it('prints Latin names, accents and Malay diacritics dropped, without loss worth a warning', () => {
    expect(asPrintedOnReceipt('Clínica São José')).toBe('Clinica Sao Jose');
    expect(asPrintedOnReceipt('Klinik Puan Sri Ḥafīẓah')).toBe('Klinik Puan Sri Hafizah');
    expect(receiptLosesCharacters('Klinik Puan Sri Ḥafīẓah')).toBe(false);
  });

  it('warns of Chinese, Tamil and emoji, which print as "?"', () => {
    expect(asPrintedOnReceipt('诊所 Klinik Sejahtera')).toBe('?? Klinik Sejahtera');
    expect(receiptLosesCharacters('诊所 Klinik Sejahtera')).toBe(true);
    expect(receiptLosesCharacters('மருத்துவமனை')).toBe(true);
    expect(receiptLosesCharacters('Klinik 😀')).toBe(true);
  });
});
