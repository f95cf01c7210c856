import { describe, expect, it } from 'vitest';
import { ageBandOf, measuresHeadCircumference } from './age-bands';
import { bmiCategoryOf } from './reference-ranges';
import { assessVitals, levelOf } from './vital-flags';

const TODAY = '2026-12-05';
const ADULT_DOB = '1980-03-14';

/** Measure → level of each flag a recording earns. */
function flagged(vitals: Parameters<typeof assessVitals>[0], dateOfBirth: string | null = ADULT_DOB, on = TODAY) {
  return Object.fromEntries(assessVitals(vitals, dateOfBirth, on).flags.map((flag) => [flag.measure, flag.level]));
}

describe('age bands', () => {
  it('puts a patient in the band of their age on the day measured', () => {
    expect(ageBandOf('2026-11-20', TODAY)).toBe('newborn');
    expect(ageBandOf('2026-11-07', TODAY)).toBe('newborn'); // 28 days
    expect(ageBandOf('2026-11-06', TODAY)).toBe('infant'); // 29 days
    expect(ageBandOf('2025-12-06', TODAY)).toBe('infant'); // a day short of 1 year
    expect(ageBandOf('2025-12-05', TODAY)).toBe('toddler');
    expect(ageBandOf('2023-12-05', TODAY)).toBe('preschool');
    expect(ageBandOf('2020-12-05', TODAY)).toBe('schoolAge');
    expect(ageBandOf('2014-12-05', TODAY)).toBe('adolescent');
    expect(ageBandOf('2008-12-06', TODAY)).toBe('adolescent');
    expect(ageBandOf('2008-12-05', TODAY)).toBe('adult');
    expect(ageBandOf(null, TODAY)).toBeNull();
  });

  it('asks for head circumference under two years only', () => {
    expect(measuresHeadCircumference('2025-01-01', TODAY)).toBe(true);
    expect(measuresHeadCircumference('2024-12-05', TODAY)).toBe(false);
    expect(measuresHeadCircumference(null, TODAY)).toBe(false);
  });
});

describe('reference-range flags', () => {
  it('flags an adult’s fever high and hyperpyrexia critical; 37.9 is not a fever', () => {
    expect(flagged({ temperature: 38.4 })).toEqual({ temperature: 'high' });
    expect(flagged({ temperature: 38.0 })).toEqual({ temperature: 'high' });
    expect(flagged({ temperature: 37.9 })).toEqual({});
    expect(flagged({ temperature: 40.0 })).toEqual({ temperature: 'critical-high' });
    expect(flagged({ temperature: 35.0 })).toEqual({ temperature: 'critical-low' });
    expect(flagged({ temperature: 35.5 })).toEqual({ temperature: 'low' });
  });

  it('flags adult BP at the Malaysian CPG thresholds (140/90 high, 180/110 severe)', () => {
    expect(flagged({ systolic: 139, diastolic: 89 })).toEqual({});
    expect(flagged({ systolic: 140, diastolic: 90 })).toEqual({ systolic: 'high', diastolic: 'high' });
    expect(flagged({ systolic: 180, diastolic: 110 })).toEqual({ systolic: 'critical-high', diastolic: 'critical-high' });
    expect(flagged({ systolic: 90, diastolic: 55 })).toEqual({ systolic: 'critical-low', diastolic: 'low' });
  });

  it('judges a child’s pulse and breathing by their age band', () => {
    // 130/min and 40 breaths: normal in an infant, high in an adult.
    expect(flagged({ pulse: 130, respiratoryRate: 40 }, '2026-06-01')).toEqual({});
    expect(flagged({ pulse: 130, respiratoryRate: 40 })).toEqual({ pulse: 'high', respiratoryRate: 'critical-high' });
    expect(flagged({ pulse: 90 }, '2026-06-01')).toEqual({ pulse: 'low' });
    expect(flagged({ pulse: 55 }, '2022-01-01')).toEqual({ pulse: 'critical-low' });
    expect(flagged({ systolic: 115, diastolic: 70 }, '2022-01-01')).toEqual({ systolic: 'high' });
    expect(flagged({ respiratoryRate: 30 }, '2013-01-01')).toEqual({ respiratoryRate: 'high' });
  });

  it('treats a newborn’s fever as critical', () => {
    expect(flagged({ temperature: 38.0 }, '2026-11-30')).toEqual({ temperature: 'critical-high' });
    expect(flagged({ temperature: 38.0 }, '2020-11-30')).toEqual({ temperature: 'high' });
  });

  it('judges glucose by whether the patient had eaten', () => {
    expect(flagged({ glucose: 6.5, glucoseKind: 'fasting' })).toEqual({ glucoseFasting: 'high' });
    expect(flagged({ glucose: 6.5, glucoseKind: 'random' })).toEqual({});
    expect(flagged({ glucose: 7.8, glucoseKind: 'random' })).toEqual({ glucoseRandom: 'high' });
    expect(flagged({ glucose: 3.5, glucoseKind: 'random' })).toEqual({ glucoseRandom: 'low' });
    expect(flagged({ glucose: 2.8, glucoseKind: 'fasting' })).toEqual({ glucoseFasting: 'critical-low' });
    expect(flagged({ glucose: 25, glucoseKind: 'random' })).toEqual({ glucoseRandom: 'critical-high' });
  });

  it('flags low oxygen saturation, critical at 91 % and below', () => {
    expect(flagged({ spo2: 95 })).toEqual({});
    expect(flagged({ spo2: 94 })).toEqual({ spo2: 'low' });
    expect(flagged({ spo2: 91 })).toEqual({ spo2: 'critical-low' });
  });

  it('uses adult ranges when the birth date is unknown, and says so', () => {
    const assessment = assessVitals({ pulse: 130 }, null, TODAY);
    expect(assessment.band).toBeNull();
    expect(assessment.flags).toEqual([{ measure: 'pulse', level: 'high', range: { low: 60, high: 100, criticalLow: 41, criticalHigh: 130 } }]);
  });

  it('places boundaries inside the range', () => {
    const range = { low: 60, high: 100, criticalLow: 41, criticalHigh: 130 };
    expect([40, 41, 59, 60, 100, 101, 130, 131].map((value) => levelOf(value, range))).toEqual(['critical-low', 'low', 'low', null, null, 'high', 'high', 'critical-high']);
  });
});

describe('BMI on the chart', () => {
  it('works out BMI and its Asian category for an adult, flagging overweight and obese high', () => {
    expect(assessVitals({ weight: 70, height: 175 }, ADULT_DOB, TODAY)).toMatchObject({ bmi: 22.9, bmiCategory: 'normal', flags: [] });
    expect(assessVitals({ weight: 72, height: 170 }, ADULT_DOB, TODAY)).toMatchObject({ bmi: 24.9, bmiCategory: 'overweight', flags: [{ measure: 'bmi', level: 'high' }] });
    expect(assessVitals({ weight: 45, height: 165 }, ADULT_DOB, TODAY)).toMatchObject({ bmi: 16.5, bmiCategory: 'underweight', flags: [{ measure: 'bmi', level: 'low' }] });
  });

  it('uses the Asian cut-offs 23 and 27.5, not 25 and 30', () => {
    expect([18.4, 18.5, 22.9, 23, 27.4, 27.5].map((bmi) => bmiCategoryOf(bmi, 'adult'))).toEqual(['underweight', 'normal', 'normal', 'overweight', 'overweight', 'obese']);
  });

  it('does not categorise or flag a child’s BMI (that needs growth charts)', () => {
    expect(assessVitals({ weight: 30, height: 120 }, '2019-01-01', TODAY)).toMatchObject({ bmi: 20.8, bmiCategory: null, flags: [] });
  });
});
