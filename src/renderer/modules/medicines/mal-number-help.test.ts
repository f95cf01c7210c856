import { describe, expect, it } from 'vitest';
import { malNumberHelp } from './mal-number-help';

describe('malNumberHelp', () => {
  it('warns, without refusing, when a medicine has no MAL number', () => {
    expect(malNumberHelp('', 'medicine', 'groupB')).toEqual({ tone: 'warning', reason: 'missing' });
    expect(malNumberHelp(null, 'medicine', 'otc')).toEqual({ tone: 'warning', reason: 'missing' });
  });

  it('says nothing of a consumable without one', () => {
    expect(malNumberHelp('  ', 'consumable', 'otc')).toBeNull();
  });

  it('is an error only when the format is wrong', () => {
    expect(malNumberHelp('MAL1234', 'medicine', 'groupB')).toEqual({ tone: 'error', reason: 'badFormat' });
    expect(malNumberHelp('mal 1999-0766 az', 'medicine', 'groupB')).toBeNull();
  });

  it('warns when the category letter disagrees with the legal class', () => {
    expect(malNumberHelp('MAL19990766X', 'medicine', 'pharmacy')).toEqual({ tone: 'warning', reason: 'otcProductAsPoison' });
    expect(malNumberHelp('MAL19990766AZ', 'medicine', 'otc')).toEqual({ tone: 'warning', reason: 'poisonProductAsOtc' });
  });
});
