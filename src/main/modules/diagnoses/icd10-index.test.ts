import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetFile } from '../../assets/app-assets';
import { dottedCode, Icd10Index } from './icd10-index';

let index: Icd10Index;
beforeAll(async () => {
  index = await Icd10Index.fromTsv(await readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8'));
}, 60_000);

const codes = (query: string, limit = 10, preferred = new Map<string, number>()) => index.search(query, limit, preferred).map((m) => m.code);

describe('the shipped ICD-10-CM list', () => {
  it('holds every code SOURCE.md counts, with their descriptions and billable flags', () => {
    expect(index.size).toBe(95_358);
    expect(index.find('J06.9')).toEqual({ code: 'J06.9', description: 'Acute upper respiratory infection, unspecified', billable: true });
    expect(index.find('e119')?.description).toBe('Type 2 diabetes mellitus without complications');
    expect(index.find('J06')?.billable).toBe(false);
    expect(index.find('U09.9')).toBeUndefined();
  });
});

describe('searching by code', () => {
  it('finds a code written with or without its dot, in any case', () => {
    expect(codes('J06.9')[0]).toBe('J06.9');
    expect(codes('j06.9')[0]).toBe('J06.9');
    expect(codes('J069')[0]).toBe('J06.9');
    expect(dottedCode('s72001a')).toBe('S72.001A');
  });

  it('answers a code prefix with the exact code first, then the codes under it, billable before headers', () => {
    const found = index.search('J06', 10);
    expect(found.map((m) => m.code)).toEqual(['J06', 'J06.0', 'J06.9']);
    const underE11 = index.search('E11', 20);
    expect(underE11[0].code).toBe('E11');
    expect(underE11.every((m) => m.code.startsWith('E11'))).toBe(true);
    const firstHeader = underE11.slice(1).findIndex((m) => !m.billable);
    const lastBillable = underE11.slice(1).map((m) => m.billable).lastIndexOf(true);
    expect(firstHeader === -1 || firstHeader > lastBillable).toBe(true);
  });
});

describe('searching by words', () => {
  it('matches word prefixes in any order', () => {
    expect(codes('upper resp')[0]).toBe('J06.9');
    expect(codes('resp upper')[0]).toBe('J06.9');
    expect(codes('Type 2 diab', 50)).toContain('E11.9');
    expect(codes('covid')).toContain('U07.1');
  });

  it('requires every word to match the start of a word of the description', () => {
    for (const match of index.search('diab foot ulc', 50)) {
      const words = match.description.toLowerCase().split(/[^a-z0-9]+/);
      for (const typed of ['diab', 'foot', 'ulc']) expect(words.some((w) => w.startsWith(typed))).toBe(true);
    }
    // "spir" is inside "respiratory", not at the start of a word.
    expect(codes('upper spir')).toEqual([]);
    expect(codes('zzzz')).toEqual([]);
  });

  it('ranks billable codes first, whole words before prefixes, then shorter descriptions', () => {
    const found = index.search('fever', 20);
    expect(found[0]).toMatchObject({ code: 'A78', description: 'Q fever', billable: true });
    const lengths = found.map((m) => m.description.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(found.every((m) => m.billable)).toBe(true);
  });

  it('answers a single letter only with the doctor’s own codes', () => {
    expect(codes('e')).toEqual([]);
    expect(codes('e', 10, new Map([['I10', 0], ['J06.9', 1]]))).toEqual(['I10']);
  });
});

describe('the doctor’s own codes', () => {
  it('come first when they match, in the order given, but never before the exact code typed', () => {
    const preferred = new Map([['I10', 0], ['I16.0', 1]]);
    expect(codes('hypert', 5)).not.toContain('I10');
    expect(codes('hypert', 5, preferred).slice(0, 2)).toEqual(['I10', 'I16.0']);
    expect(index.search('hypert', 5, preferred)[0].preferred).toBe(true);
    expect(codes('I1', 5, preferred)).toEqual(expect.arrayContaining(['I10']));
    expect(codes('I16', 5, new Map([['I16.9', 0]])).slice(0, 2)).toEqual(['I16', 'I16.9']);
  });
});
