import { describe, expect, it } from 'vitest';
import { doseWords, type DoseLine } from './dose-words';

const paracetamol: DoseLine = { doseValue: 1, doseUnit: 'tablet', frequency: 'TDS', durationDays: 5, route: 'oral', timing: 'afterFood' };

describe('dose in words', () => {
  it('says a tablet line in English and in Malay', () => {
    expect(doseWords(paracetamol, 'en')).toBe('Take 1 tablet three times a day after food for 5 days');
    expect(doseWords(paracetamol, 'ms')).toBe('Makan 1 biji tiga kali sehari selepas makan selama 5 hari');
  });

  it('puts English counts in the plural and leaves Malay uninflected', () => {
    const line: DoseLine = { ...paracetamol, doseValue: 2, doseUnit: 'capsule', frequency: 'BD', timing: 'beforeFood', durationDays: 1 };
    expect(doseWords(line, 'en')).toBe('Take 2 capsules twice a day before food for 1 day');
    expect(doseWords(line, 'ms')).toBe('Makan 2 kapsul dua kali sehari sebelum makan selama 1 hari');
  });

  it('keeps amounts as written and says "when needed" for PRN without a duration', () => {
    const line: DoseLine = { doseValue: 7.5, doseUnit: 'ml', frequency: 'PRN', durationDays: null, route: 'oral', timing: 'any' };
    expect(doseWords(line, 'en')).toBe('Take 7.5 ml when needed');
    expect(doseWords(line, 'ms')).toBe('Makan 7.5 ml bila perlu');
  });

  it('gives a stat dose once, whatever duration the line carries', () => {
    const line: DoseLine = { doseValue: 1, doseUnit: 'ml', frequency: 'stat', durationDays: 3, route: 'IM', timing: 'any' };
    expect(doseWords(line, 'en')).toBe('Inject into the muscle 1 ml immediately, once');
    expect(doseWords(line, 'ms')).toBe('Suntik ke dalam otot 1 ml serta-merta, sekali sahaja');
  });

  it('says puffs for an inhaler', () => {
    const line: DoseLine = { doseValue: 2, doseUnit: 'puff', frequency: 'QID', durationDays: null, route: 'inhaled', timing: 'any' };
    expect(doseWords(line, 'en')).toBe('Inhale 2 puffs four times a day');
    expect(doseWords(line, 'ms')).toBe('Sedut 2 sedutan empat kali sehari');
  });
});
