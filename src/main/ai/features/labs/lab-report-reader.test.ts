import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabRow } from '../../../../shared/lab-results';
import { readLabReport, readResultLine } from './lab-report-reader';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** test, value, number, unit, range as printed, low, high, lab's mark, flag */
type Expected = [string, string, number | null, string, string, number | null, number | null, string, LabRow['flag']];
const summary = (row: LabRow | null): Expected | null => row && [row.test, row.value, row.number, row.unit, row.range.text, row.range.low, row.range.high, row.labFlag, row.flag];

describe('one result line', () => {
  it.each<[string, Expected | null]>([
    ['HAEMOGLOBIN 13.5 g/dL 13.0 - 17.0', ['HAEMOGLOBIN', '13.5', 13.5, 'g/dL', '13.0 - 17.0', 13, 17, '', 'normal']],
    ['HAEMOGLOBIN      11.9      g/dL      13.0 - 17.0', ['HAEMOGLOBIN', '11.9', 11.9, 'g/dL', '13.0 - 17.0', 13, 17, '', 'low']],
    ['Glucose (Fasting) 7.2 H mmol/L 3.9-6.1', ['Glucose (Fasting)', '7.2', 7.2, 'mmol/L', '3.9-6.1', 3.9, 6.1, 'H', 'high']],
    ['Glucose (Fasting)\t7.2\tH\tmmol/L\t3.9-6.1', ['Glucose (Fasting)', '7.2', 7.2, 'mmol/L', '3.9-6.1', 3.9, 6.1, 'H', 'high']],
    ['eGFR >90 mL/min/1.73m2', ['eGFR', '>90', 90, 'mL/min/1.73m2', '', null, null, '', 'unknown']],
    ['eGFR   >90   mL/min/1.73m2   >60', ['eGFR', '>90', 90, 'mL/min/1.73m2', '>60', 60, null, '', 'normal']],
    ['HbA1c 7.8 % 4.0-6.0', ['HbA1c', '7.8', 7.8, '%', '4.0-6.0', 4, 6, '', 'high']],
    ['C-Reactive Protein   <5.0   mg/L   <5.0', ['C-Reactive Protein', '<5.0', 5, 'mg/L', '<5.0', null, 5, '', 'normal']],
    ['Hepatitis B Surface Antigen Negative Negative', ['Hepatitis B Surface Antigen', 'Negative', null, '', 'Negative', null, null, '', 'normal']],
    ['Urine Protein   Positive   *   Negative', ['Urine Protein', 'Positive', null, '', 'Negative', null, null, '*', 'abnormal']],
    // No range printed: the lab's own mark is kept, and nothing is made up.
    ['Procalcitonin   0.8   H   ng/mL', ['Procalcitonin', '0.8', 0.8, 'ng/mL', '', null, null, 'H', 'high']],
    ['Ferritin 8 L ug/L', ['Ferritin', '8', 8, 'ug/L', '', null, null, 'L', 'low']],
    ['Vitamin D 45', ['Vitamin D', '45', 45, '', '', null, null, '', 'unknown']],
    // The printed range decides over the lab's mark.
    ['Sodium   140   H   mmol/L   136 - 145', ['Sodium', '140', 140, 'mmol/L', '136 - 145', 136, 145, 'H', 'normal']],
    ['Creatinine 98 (62-106) umol/L', ['Creatinine', '98', 98, 'umol/L', '(62-106)', 62, 106, '', 'normal']],
    ['CA 125 12.0 U/mL <35', ['CA 125', '12.0', 12, 'U/mL', '<35', null, 35, '', 'normal']],
    ['Total Cholesterol 5.2 mmol/L < 5.2', ['Total Cholesterol', '5.2', 5.2, 'mmol/L', '< 5.2', null, 5.2, '', 'high']],
    ['WBC   12.4   x 10^9/L   4.0 - 10.0', ['WBC', '12.4', 12.4, 'x 10^9/L', '4.0 - 10.0', 4, 10, '', 'high']],
    ['Kolesterol Jumlah   6.4   mmol/L   <5.2', ['Kolesterol Jumlah', '6.4', 6.4, 'mmol/L', '<5.2', null, 5.2, '', 'high']],
    // Not results: the report's frame, its header, comments.
    ['Name : SITI NURHALIZA BINTI ABDULLAH   Age : 41', null],
    ['Tel: 03-7800 1234', null],
    ['Page 1 of 2', null],
    ['Desirable: Total Cholesterol <5.2 mmol/L.', null],
    ['eGFR calculated using the CKD-EPI 2021 equation', null],
    ['FULL BLOOD COUNT', null],
    ['------------------------------', null],
  ])('%s', (line, expected) => {
    expect(summary(readResultLine(line))).toEqual(expected);
  });
});

describe('a whole report', () => {
  it.each<[string, number, Expected[]]>([
    [
      'pathlab-fbc-lipid.txt',
      13,
      [
        ['HAEMOGLOBIN', '11.2', 11.2, 'g/dL', '12.0 - 15.0', 12, 15, 'L', 'low'],
        ['RED CELL COUNT', '4.21', 4.21, 'x10^12/L', '3.80 - 4.80', 3.8, 4.8, '', 'normal'],
        ['ESR', '28', 28, 'mm/hr', '0 - 20', 0, 20, 'H', 'high'],
        ['HDL CHOLESTEROL', '1.3', 1.3, 'mmol/L', '>1.0', 1, null, '', 'normal'],
        ['TC:HDL RATIO', '4.7', 4.7, '', '<4.5', null, 4.5, '', 'high'],
      ],
    ],
    [
      'lablink-diabetes.txt',
      10,
      [
        ['Glucose (Fasting)', '7.2', 7.2, 'mmol/L', '3.9-6.1', 3.9, 6.1, 'H', 'high'],
        ['HbA1c', '7.8', 7.8, '%', '4.0-6.0', 4, 6, 'H', 'high'],
        ['Potassium', '3.3', 3.3, 'mmol/L', '3.5-5.1', 3.5, 5.1, 'L', 'low'],
        ['eGFR', '>90', 90, 'mL/min/1.73m2', '', null, null, '', 'unknown'],
        ['Urine Albumin:Creatinine Ratio', '4.1', 4.1, 'mg/mmol', '<3.0', null, 3, 'H', 'high'],
      ],
    ],
    [
      'bp-liver-thyroid.txt',
      11,
      [
        ['ALT (SGPT)', '68', 68, 'U/L', '< 33', null, 33, 'H', 'high'],
        ['TSH', '0.21', 0.21, 'mIU/L', '0.27 - 4.20', 0.27, 4.2, 'L', 'low'],
        ['CA 125', '12.0', 12, 'U/mL', '<35', null, 35, '', 'normal'],
        ['Vitamin B12', '350', 350, 'pg/mL', '197-771', 197, 771, '', 'normal'],
      ],
    ],
    [
      'gribbles-urine-serology.txt',
      14,
      [
        ['Colour', 'Yellow', null, '', '', null, null, '', 'unknown'],
        ['Blood', '2+', null, '', 'Negative', null, null, '*', 'abnormal'],
        ['VDRL', 'Reactive', null, '', 'Non-Reactive', null, null, '*', 'abnormal'],
        ['C-Reactive Protein', '< 5.0', 5, 'mg/L', '< 5.0', null, 5, '', 'normal'],
        ['Uric Acid', '0.48', 0.48, 'mmol/L', '0.15 - 0.35', 0.15, 0.35, 'HH', 'high'],
      ],
    ],
  ])('%s', (name, count, some) => {
    const report = fixture(name);
    const rows = readLabReport(report);
    expect(rows).toHaveLength(count);
    for (const expected of some) expect(rows.map(summary)).toContainEqual(expected);
    // Nothing of the header becomes a row.
    const header = report.split('\n').slice(0, 5).join('\n');
    for (const row of rows) expect(header).not.toContain(row.value.length > 3 ? row.value : '\u0000');
  });

  it('reads the same rows from the report as its PDF gives it, single-spaced', () => {
    for (const name of ['pathlab-fbc-lipid.txt', 'lablink-diabetes.txt', 'gribbles-urine-serology.txt']) {
      const report = fixture(name);
      const flattened = report.replace(/[ \t]+/g, ' ');
      const essentials = (rows: LabRow[]) => rows.map((row) => [row.test, row.value, row.unit, row.range.low, row.range.high, row.flag]);
      expect(essentials(readLabReport(flattened)), name).toEqual(essentials(readLabReport(report)));
    }
  });
});
