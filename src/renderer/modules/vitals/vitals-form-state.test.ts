import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, hasAnyMeasure, vitalsOfDraft } from './vitals-form-state';

describe('the vitals form’s boxes as numbers', () => {
  it('reads empty boxes as not taken, and a decimal comma as a point', () => {
    const vitals = vitalsOfDraft({ ...EMPTY_DRAFT, temperature: '38,4', weight: ' 72 ' });
    expect(vitals).toMatchObject({ temperature: 38.4, weight: 72, systolic: null, glucoseKind: null });
    expect(hasAnyMeasure(vitals)).toBe(true);
    expect(hasAnyMeasure(vitalsOfDraft(EMPTY_DRAFT))).toBe(false);
  });

  it('keeps fasting or random only with a glucose reading, and leaves a typo as not a number for the rules to refuse', () => {
    expect(vitalsOfDraft({ ...EMPTY_DRAFT, glucoseKind: 'fasting' }).glucoseKind).toBeNull();
    expect(vitalsOfDraft({ ...EMPTY_DRAFT, glucose: '5.6', glucoseKind: 'fasting' }).glucoseKind).toBe('fasting');
    expect(vitalsOfDraft({ ...EMPTY_DRAFT, pulse: '8o' }).pulse).toBeNaN();
  });
});
