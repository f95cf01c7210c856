import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labReportFeature, printedIn, readLabAnswer } from './lab-report-feature';
import { withoutReportIdentifiers } from './report-header';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const LABLINK = fixture('lablink-diabetes.txt');

describe('the model’s rows', () => {
  const row = (value: string, extra: Record<string, string> = {}) => ({ test: 'Glucose (Fasting)', value, unit: 'mmol/L', range: '3.9-6.1', labFlag: 'H', ...extra });

  it('are taken when every value, unit and range is printed on the report, flagged here from the printed range', () => {
    const draft = readLabAnswer({ rows: [row('7.2'), { test: 'eGFR', value: '>90', unit: 'mL/min/1.73m2', range: '' }] }, LABLINK);
    expect(draft?.rows.map((r) => [r.test, r.value, r.number, r.range.low, r.range.high, r.flag])).toEqual([
      ['Glucose (Fasting)', '7.2', 7.2, 3.9, 6.1, 'high'],
      ['eGFR', '>90', 90, null, null, 'unknown'],
    ]);
  });

  it.each([
    ['a value not on the report', [row('7.4')]],
    ['a value only inside another number', [row('2')]],
    ['a range the lab did not print', [{ test: 'eGFR', value: '>90', unit: 'mL/min/1.73m2', range: '>60' }]],
    ['a unit the lab did not print', [row('7.2', { unit: 'mg/dL' })]],
    ['one invented row among good ones', [row('7.2'), { test: 'Cholesterol', value: '5.9', unit: 'mmol/L', range: '<5.2' }]],
    ['rows that break the schema', [{ test: '', value: '7.2' }]],
  ])('are refused for %s', (_case, rows) => {
    expect(readLabAnswer({ rows }, LABLINK)).toBeNull();
  });

  it('match whole values only, spacing and case aside', () => {
    expect(printedIn('Creatinine 88 umol/L 64-104', '88')).toBe(true);
    expect(printedIn('Creatinine 188 umol/L', '88')).toBe(false);
    expect(printedIn('Creatinine 8.8 umol/L', '8')).toBe(false);
    expect(printedIn('CRP < 5.0 mg/L', '<5.0')).toBe(true);
    expect(printedIn('HBsAg NON-REACTIVE', 'Non-Reactive')).toBe(true);
  });
});

describe('what is asked of the model', () => {
  it.each([
    ['pathlab-fbc-lipid.txt', ['SITI NURHALIZA BINTI ABDULLAH', '850312-14-5678', 'PL2612-0044187', '03-7800 1234']],
    ['lablink-diabetes.txt', ['TAN WEI MING', 'K1234567A', 'LL-26-1205-3391', '23/11/1978']],
    ['bp-liver-thyroid.txt', ['PRIYA A/P SUBRAMANIAM', 'PRIYA', 'SUBRAMANIAM', '2341 2341 2346', 'BPL/2026/778812']],
    ['gribbles-urine-serology.txt', ['LIM AH KOW', '700101-10-1234', 'G26-12-0556102', '88123']],
  ])('%s has its header identifiers taken out, and its results kept', (name, identifiers) => {
    const report = fixture(name);
    const ask = labReportFeature.ask({ patientId: 'p', report }, labReportFeature.local({ patientId: 'p', report }));
    expect(ask?.user).toBe(withoutReportIdentifiers(report));
    for (const identifier of identifiers) expect(ask?.user).not.toContain(identifier);
    expect(ask?.user).toMatch(/\[REPORT_NAME\]/);
    for (const row of labReportFeature.local({ patientId: 'p', report }).rows) expect(printedIn(ask?.user ?? '', row.value)).toBe(true);
  });

  it('asks nothing about an empty report', () => {
    expect(labReportFeature.ask({ patientId: 'p', report: '  \n ' }, { rows: [] })).toBeNull();
  });
});
