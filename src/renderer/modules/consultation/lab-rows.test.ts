import { describe, expect, it } from 'vitest';
import { labRow } from '../../../shared/lab-results';
import { correctedRow, objectiveWithLabRows, rowsChanged } from './lab-rows';

const HAEMOGLOBIN = labRow({ test: 'HAEMOGLOBIN', value: '11.2', unit: 'g/dL', range: '12.0 - 15.0', labFlag: 'L' });
const ESR = labRow({ test: 'ESR', value: '28', unit: 'mm/hr', range: '0 - 20', labFlag: 'H' });
const MICROALBUMIN = labRow({ test: 'Urine Microalbumin', value: '35.0', unit: 'mg/L', range: '', labFlag: 'H' });
const SEROLOGY = labRow({ test: 'HBsAg', value: 'Non-Reactive', unit: '', range: 'Non-Reactive', labFlag: '' });

describe('a row the doctor corrects', () => {
  it.each([
    ['a low value corrected into the range', HAEMOGLOBIN, 'value', '12.5', 'normal', 12.5],
    ['a normal value corrected above it', HAEMOGLOBIN, 'value', '15.1', 'high', 15.1],
    ['a value corrected below the range', ESR, 'value', '-1', 'low', -1],
    ['a range corrected so the value is inside it', ESR, 'range', '0 - 30', 'normal', 28],
    ['a "<" value at the range’s low limit', HAEMOGLOBIN, 'value', '<12.0', 'low', 12],
    ['a value with no range: the lab’s H was about the printed value', MICROALBUMIN, 'value', '36.0', 'unknown', 36],
    ['a word result that no longer matches the printed one', SEROLOGY, 'value', 'Reactive', 'abnormal', null],
    ['the test’s name only: the flag stays', ESR, 'test', 'E.S.R.', 'high', 28],
  ] as const)('%s', (_, row, field, text, flag, number) => {
    expect(correctedRow(row, field, text)).toMatchObject({ [field === 'range' ? 'range' : field]: field === 'range' ? { text } : text, flag, number });
  });

  it('keeps the lab’s own mark when only the unit or range changes', () => {
    expect(correctedRow(MICROALBUMIN, 'unit', 'mg/dL')).toMatchObject({ labFlag: 'H', flag: 'high' });
  });
});

describe('the rows as the note gets them', () => {
  it('adds them on lines of their own after what the doctor wrote, or alone in an empty Objective', () => {
    expect(objectiveWithLabRows('BP 128/82  ', [HAEMOGLOBIN, ESR], 'Outside lab report:')).toBe('BP 128/82\nOutside lab report:\nHAEMOGLOBIN: 11.2 g/dL (12.0 - 15.0) LOW\nESR: 28 mm/hr (0 - 20) HIGH');
    expect(objectiveWithLabRows('  ', [SEROLOGY], 'Laporan makmal luar:')).toBe('Laporan makmal luar:\nHBsAg: Non-Reactive (Non-Reactive)');
  });

  it('counts as edited when a printed field changed or a row was removed, not when a value was changed back', () => {
    const drafted = [HAEMOGLOBIN, ESR];
    expect(rowsChanged(drafted, [HAEMOGLOBIN, ESR])).toBe(false);
    expect(rowsChanged(drafted, [HAEMOGLOBIN])).toBe(true);
    expect(rowsChanged(drafted, [correctedRow(HAEMOGLOBIN, 'value', '12.5'), ESR])).toBe(true);
    expect(rowsChanged(drafted, [correctedRow(correctedRow(HAEMOGLOBIN, 'unit', 'g/L'), 'unit', 'g/dL'), ESR])).toBe(false);
  });
});
