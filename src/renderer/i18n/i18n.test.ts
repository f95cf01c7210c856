import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { PERMISSIONS, ROLE_KEYS } from '../../shared/permissions';
import { resources } from './i18n';
import { TABLES } from './resources';

const languages = Object.keys(resources) as (keyof typeof resources)[];
const english = resources.en.translation;

function text(table: object, key: string): unknown {
  return (table as Record<string, unknown>)[key];
}

/** Every text in a tree, by its full key ('queue.priorities.urgent'). */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
    const path = prefix + key;
    if (typeof value === 'object' && value !== null) for (const [inner, leaf] of leaves(value, `${path}.`)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

function placeholders(sentence: string): string[] {
  return [...sentence.matchAll(/\{\{\s*([^},\s]+)/g)].map((match) => match[1]).sort();
}

describe('translations', () => {
  it('covers English and Bahasa Melayu', () => {
    expect(languages).toEqual(['en', 'ms']);
  });

  it('gives each top-level key to one folder’s table only', () => {
    const owners = TABLES.flatMap((table) => Object.keys(table.en));
    expect(owners.filter((key, index) => owners.indexOf(key) !== index)).toEqual([]);
    expect(new Set(owners)).toEqual(new Set(Object.keys(english)));
  });

  const englishTexts = leaves(english);
  for (const language of languages) {
    const tables = resources[language].translation;
    const texts = leaves(tables);

    it(`${language}: has exactly the English keys`, () => {
      expect([...texts.keys()].sort()).toEqual([...englishTexts.keys()].sort());
    });
    it(`${language}: has no empty text`, () => {
      const empty = [...texts].filter(([, value]) => typeof value !== 'string' || !/\S/.test(value)).map(([key]) => key);
      expect(empty).toEqual([]);
    });
    it(`${language}: keeps every {{placeholder}} of the English text`, () => {
      const lost = [...englishTexts].flatMap(([key, sentence]) => {
        const translated = texts.get(key);
        if (typeof sentence !== 'string' || typeof translated !== 'string') return [];
        const missing = placeholders(sentence).filter((name) => !placeholders(translated).includes(name));
        return missing.map((name) => `${key}: {{${name}}}`);
      });
      expect(lost).toEqual([]);
    });
    it.each([...ERROR_CODES])(`${language}: error %s has a sentence`, (code) => {
      expect(text(tables.errors, code)).toEqual(expect.stringMatching(/\S/));
    });
    it.each([...PERMISSIONS])(`${language}: permission %s has a name`, (permission) => {
      expect(text(tables.permissions, permission)).toEqual(expect.stringMatching(/\S/));
    });
    it.each([...ROLE_KEYS])(`${language}: role %s has a name`, (role) => {
      expect(text(tables.roles, role)).toEqual(expect.stringMatching(/\S/));
    });
  }
});
