import { describe, expect, it } from 'vitest';
import { spokenNumbers } from './spoken-numbers';

describe('numbers said in words', () => {
  it.each([
    ['temperature is thirty eight point five', ['38.5']],
    ['blood pressure one hundred and thirty over eighty', ['130', '80']],
    ['BP one thirty over eighty', ['1', '30', '130', '80']],
    ['fever for three days, took two tablets', ['3', '2']],
    ['paracetamol five hundred milligrams', ['500']],
    ['twelve, nineteen, twenty one, ninety nine', ['12', '19', '21', '99']],
    ['suhu tiga puluh lapan perpuluhan lima', ['38.5']],
    ['tekanan darah seratus tiga puluh per lapan puluh', ['130', '80']],
    ['demam tiga hari, dua belas biji ubat, dua ratus lima puluh', ['3', '12', '250']],
    ['sepuluh hari, sebelas', ['10', '11']],
    ['T 38.5, no number words here', []],
    ['point five', ['5']],
  ])('“%s”', (said, numbers) => {
    expect(spokenNumbers(said)).toEqual(numbers);
  });
});
