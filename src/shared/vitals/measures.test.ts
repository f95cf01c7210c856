import { describe, expect, it } from 'vitest';
import { bmiOf, impossibleValues } from './measures';

describe('BMI', () => {
  it('is weight over height in metres squared, to one decimal', () => {
    expect(bmiOf(70, 175)).toBe(22.9);
    expect(bmiOf(82.5, 160)).toBe(32.2);
    expect(bmiOf(3.4, 50)).toBe(13.6);
  });

  it('needs both weight and height', () => {
    expect(bmiOf(70, null)).toBeNull();
    expect(bmiOf(null, 175)).toBeNull();
    expect(bmiOf(undefined, undefined)).toBeNull();
  });
});

describe('impossible values', () => {
  it('refuses a typo’d BP and a temperature no one lives through, naming the limits', () => {
    expect(impossibleValues({ systolic: 900, diastolic: 10 })).toEqual([{ measure: 'systolic', min: 40, max: 300 }]);
    expect(impossibleValues({ temperature: 60 })).toEqual([{ measure: 'temperature', min: 25, max: 45 }]);
    expect(impossibleValues({ spo2: 101 })).toEqual([{ measure: 'spo2', min: 40, max: 100 }]);
    expect(impossibleValues({ pain: 11 })).toEqual([{ measure: 'pain', min: 0, max: 10 }]);
    expect(impossibleValues({ pain: 3.5 })).toEqual([{ measure: 'pain', min: 0, max: 10 }]);
    expect(impossibleValues({ weight: 0 })).toEqual([{ measure: 'weight', min: 0.2, max: 650 }]);
  });

  it('refuses a diastolic at or above the systolic (the two boxes swapped)', () => {
    expect(impossibleValues({ systolic: 80, diastolic: 120 })).toEqual([{ measure: 'diastolic', min: 10, max: 79 }]);
    expect(impossibleValues({ systolic: 120, diastolic: 120 })).toEqual([{ measure: 'diastolic', min: 10, max: 119 }]);
    expect(impossibleValues({ systolic: 120, diastolic: 119 })).toEqual([]);
  });

  it('takes the limits themselves and anything between', () => {
    expect(impossibleValues({ systolic: 300, diastolic: 200, temperature: 45, spo2: 100, pain: 0, weight: 0.2 })).toEqual([]);
    expect(impossibleValues({ systolic: 40, diastolic: 10, temperature: 25, spo2: 40, pain: 10, weight: 650 })).toEqual([]);
    expect(impossibleValues({ systolic: 301, temperature: 24.9 }).map((value) => value.measure)).toEqual(['systolic', 'temperature']);
  });

  it('lists every impossible value at once, so the form can point at each box', () => {
    expect(impossibleValues({ systolic: 900, pulse: 1000, glucose: 0 }).map((value) => value.measure)).toEqual(['systolic', 'pulse', 'glucose']);
  });
});
