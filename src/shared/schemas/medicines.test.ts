import { describe, expect, it } from 'vitest';
import { parseDose, parseStrength, saveMedicineInputSchema } from './medicines';

describe('strengths and doses as numbers', () => {
  it('reads the strengths packs print', () => {
    expect(parseStrength('500 mg')).toEqual({ value: 500, unit: 'mg', perVolumeMl: null });
    expect(parseStrength('250mg/5ml')).toEqual({ value: 250, unit: 'mg', perVolumeMl: 5 });
    expect(parseStrength('120 mg / 5 ml')).toEqual({ value: 120, unit: 'mg', perVolumeMl: 5 });
    expect(parseStrength('2 mg/ml')).toEqual({ value: 2, unit: 'mg', perVolumeMl: 1 });
    expect(parseStrength('0.1%')).toEqual({ value: 0.1, unit: '%', perVolumeMl: null });
    expect(parseStrength('100 µg')).toEqual({ value: 100, unit: 'mcg', perVolumeMl: null });
    expect(parseStrength('two mg')).toBeNull();
    expect(parseStrength('100 mcg/puff')).toBeNull();
  });

  it('reads a dose with its unit, and nothing without one', () => {
    expect(parseDose('500 mg')).toEqual({ value: 500, unit: 'mg' });
    expect(parseDose('2 tablets')).toEqual({ value: 2, unit: 'tablet' });
    expect(parseDose('1 tab')).toEqual({ value: 1, unit: 'tablet' });
    expect(parseDose('2.5 ml')).toEqual({ value: 2.5, unit: 'ml' });
    expect(parseDose('500')).toBeNull();
    expect(parseDose('5 spoons')).toBeNull();
  });

  it('refuses a children’s range whose maximum is below its minimum', () => {
    const base = { generic: 'paracetamol', form: 'syrup', strength: '120 mg/5 ml', strengthValue: 120, strengthUnit: 'mg', perVolumeMl: 5, dispensingUnit: 'ml', route: 'oral', defaultDoseValue: null, defaultDoseUnit: null, defaultFrequency: null, defaultDurationDays: null, packSize: null, active: true } as const;
    expect(saveMedicineInputSchema.safeParse({ ...base, childMinMgPerKgDay: 40, childMaxMgPerKgDay: 60 }).success).toBe(true);
    const refused = saveMedicineInputSchema.safeParse({ ...base, childMinMgPerKgDay: 60, childMaxMgPerKgDay: 40 });
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['childMaxMgPerKgDay']);
  });
});
