import { ALPHA2_BY_ALPHA3 } from '../../../shared/identity/iso-countries';

/** A country as the nationality field offers it: stored as its ISO alpha-3 code, shown by name. */
export interface Country {
  code: string;
  name: string;
}

/** Every ISO country by its name in `language` (the browser's own table, `Intl.DisplayNames`), in that language's order. */
export function countriesIn(language: string): Country[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(language);
  return [...ALPHA2_BY_ALPHA3]
    .map(([code, alpha2]) => ({ code, name: names.of(alpha2) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** One country's name in `language` by its ISO alpha-3 code (`VNM` → Vietnam); a code it does not know stays as it is. */
export function countryName(code: string, language: string): string {
  const alpha2 = ALPHA2_BY_ALPHA3.get(code);
  return alpha2 ? (new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(alpha2) ?? code) : code;
}

/** Whether a country matches what was typed: by name (any part, ignoring accents and case) or by its code. */
export function countryMatches(country: Country, typed: string): boolean {
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const query = fold(typed.trim());
  return query === '' || fold(country.name).includes(query) || country.code.toLowerCase() === query;
}
