import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFile } from '../../../assets/app-assets';
import { Icd10Index } from '../../../modules/diagnoses/icd10-index';
import { icd10Hints } from './icd10-hints';

let list: Icd10Index;
beforeAll(async () => {
  list = await Icd10Index.fromTsv(await readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8'));
}, 60_000);

describe('ICD-10 hints for an assessment, from the bundled list', () => {
  it.each([
    ['URTI', [['J06.9', ['URTI']]]],
    ['?AGE', [['A09', ['AGE']]]],
    ['DM uncontrolled, HTN not at target', [['E11.9', ['DM']], ['I10', ['HTN']]]],
    ['Likely dengue fever', [['A90', ['dengue']]]],
    ['jangkitan saluran pernafasan atas', [['J06.9', ['jangkitan', 'saluran', 'pernafasan', 'atas']]]],
    ['demam denggi', [['A90', ['demam', 'denggi']]]],
    ['selsema', [['J00', ['selsema']]]],
    ['viral fever', [['B34.9', ['viral', 'fever']]]],
    ['mechanical LBP', [['M54.5', ['LBP']]]],
    ['tinea corporis', [['B35.4', ['tinea', 'corporis']]]],
  ])('“%s”', (assessment, expected) => {
    expect(icd10Hints(assessment, list).map((hint) => [hint.code, hint.matched])).toEqual(expected);
  });

  it('searches a diagnosis by its own words, billable and unspecified codes first, two at most', () => {
    const hints = icd10Hints('Acute tonsillitis', list);
    expect(hints.map((hint) => hint.code)).toEqual(['J03.90', 'J03.91']);
    expect(hints[0]).toEqual({ code: 'J03.90', description: 'Acute tonsillitis, unspecified', matched: ['Acute', 'tonsillitis'] });
    expect(icd10Hints('allergic rhinitis', list)[0].code).toBe('J30.9');
  });

  it('gives five at most, every one a code of the list, and none for words the list does not know', () => {
    const hints = icd10Hints('URTI, AGE, UTI, HTN, DM, gout, urticaria', list);
    expect(hints).toHaveLength(5);
    for (const hint of hints) expect(list.find(hint.code)?.description).toBe(hint.description);
    expect(icd10Hints('xyzzy, qwerty', list)).toEqual([]);
    expect(icd10Hints('tonsillitis, probably viral', list).map((hint) => hint.code)).toEqual(['J03.90', 'J03.91']);
    expect(icd10Hints('', list)).toEqual([]);
  });
});
