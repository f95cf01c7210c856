import { describe, expect, it } from 'vitest';
import { ISO_ALPHA3_CODES } from '../../../shared/identity/iso-countries';
import { countriesIn, countryMatches } from './country-names';

describe('countries by name', () => {
  it.each(['en', 'ms'])('names every ISO country in %s (not by its code)', (language) => {
    const countries = countriesIn(language);
    expect(countries.map((country) => country.code).sort()).toEqual([...ISO_ALPHA3_CODES].sort());
    expect(countries.filter((country) => /^[A-Z]{2,3}$/.test(country.name))).toEqual([]);
  });

  it('finds Bangladesh by its name in either language, and Germany as Jerman in Malay', () => {
    const bangladesh = countriesIn('en').filter((country) => countryMatches(country, 'bangla'));
    expect(bangladesh).toEqual([{ code: 'BGD', name: 'Bangladesh' }]);
    expect(countriesIn('ms').find((country) => country.code === 'DEU')?.name).toBe('Jerman');
    expect(countriesIn('ms').filter((country) => countryMatches(country, 'jerman')).map((country) => country.code)).toEqual(['DEU']);
    expect(countriesIn('en').filter((country) => countryMatches(country, 'idn')).map((country) => country.code)).toEqual(['IDN']);
  });
});
