import { describe, expect, it } from 'vitest';
import { doseInMg, quantityToDispense, type StrengthFacts } from './quantity';

const TABLET_500: StrengthFacts = { strengthValue: 500, strengthUnit: 'mg', perVolumeMl: null, dispensingUnit: 'tablet' };
const SYRUP_120_PER_5: StrengthFacts = { strengthValue: 120, strengthUnit: 'mg', perVolumeMl: 5, dispensingUnit: 'ml' };
const CREAM: StrengthFacts = { strengthValue: 1, strengthUnit: '%', perVolumeMl: null, dispensingUnit: 'tube' };

describe('quantity to dispense', () => {
  it('is dose × times a day × days, in tablets, whether the dose is written in tablets or in mg', () => {
    expect(quantityToDispense({ doseValue: 1, doseUnit: 'tablet', frequency: 'TDS', durationDays: 5 }, TABLET_500)).toBe(15);
    expect(quantityToDispense({ doseValue: 1000, doseUnit: 'mg', frequency: 'QID', durationDays: 3 }, TABLET_500)).toBe(24);
    expect(quantityToDispense({ doseValue: 1, doseUnit: 'g', frequency: 'BD', durationDays: 7 }, TABLET_500)).toBe(28);
  });

  it('rounds a part unit up, never down', () => {
    expect(quantityToDispense({ doseValue: 250, doseUnit: 'mg', frequency: 'BD', durationDays: 5 }, TABLET_500)).toBe(5);
    expect(quantityToDispense({ doseValue: 250, doseUnit: 'mg', frequency: 'TDS', durationDays: 3 }, TABLET_500)).toBe(5);
  });

  it('works a syrup out in ml from its strength per 5 ml', () => {
    expect(quantityToDispense({ doseValue: 180, doseUnit: 'mg', frequency: 'QID', durationDays: 3 }, SYRUP_120_PER_5)).toBe(90);
    expect(quantityToDispense({ doseValue: 5, doseUnit: 'ml', frequency: 'TDS', durationDays: 5 }, SYRUP_120_PER_5)).toBe(75);
  });

  it('is one dose for stat, and left to the prescriber for PRN, no duration, or a cream', () => {
    expect(quantityToDispense({ doseValue: 2, doseUnit: 'tablet', frequency: 'stat', durationDays: null }, TABLET_500)).toBe(2);
    expect(quantityToDispense({ doseValue: 1, doseUnit: 'tablet', frequency: 'PRN', durationDays: 5 }, TABLET_500)).toBeNull();
    expect(quantityToDispense({ doseValue: 1, doseUnit: 'tablet', frequency: 'OD', durationDays: null }, TABLET_500)).toBeNull();
    expect(quantityToDispense({ doseValue: 1, doseUnit: 'application', frequency: 'BD', durationDays: 7 }, CREAM)).toBeNull();
  });
});

describe('dose in mg for the children’s dose check', () => {
  it('reads mg from the dose, from tablets by strength, and from ml of a syrup', () => {
    expect(doseInMg({ doseValue: 1, doseUnit: 'g' }, TABLET_500)).toBe(1000);
    expect(doseInMg({ doseValue: 2, doseUnit: 'tablet' }, TABLET_500)).toBe(1000);
    expect(doseInMg({ doseValue: 5, doseUnit: 'ml' }, SYRUP_120_PER_5)).toBe(120);
    expect(doseInMg({ doseValue: 1, doseUnit: 'application' }, CREAM)).toBeNull();
  });
});
