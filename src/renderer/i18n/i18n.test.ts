import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { PERMISSIONS, ROLE_KEYS } from '../../shared/permissions';
import { resources } from './i18n';

const languages = Object.keys(resources) as (keyof typeof resources)[];

function text(table: object, key: string): unknown {
  return (table as Record<string, unknown>)[key];
}

describe('translations', () => {
  it('covers English and Bahasa Melayu', () => {
    expect(languages).toEqual(['en', 'ms']);
  });

  for (const language of languages) {
    const tables = resources[language].translation;
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
