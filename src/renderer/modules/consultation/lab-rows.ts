import { labRow, labRowsAsText, type LabFlag, type LabRow } from '../../../shared/lab-results';

/** The printed fields a doctor may correct; number and flag are always worked out again from them. */
export type PrintedField = 'test' | 'value' | 'unit' | 'range';

/** Out of the printed range (or marked abnormal by the lab): what the doctor must not miss. */
export function isOutOfRange(flag: LabFlag): boolean {
  return flag === 'high' || flag === 'low' || flag === 'abnormal';
}

/**
 * The row after the doctor's correction. A corrected value drops the lab's own H/L mark, which was
 * about the printed value, so the flag comes from the range alone.
 */
export function correctedRow(row: LabRow, field: PrintedField, text: string): LabRow {
  const printed = { test: row.test, value: row.value, unit: row.unit, range: row.range.text, labFlag: row.labFlag, [field]: text };
  return labRow(field === 'value' ? { ...printed, labFlag: '' } : printed);
}

/** Whether the doctor changed, removed or reordered anything the report printed (the AI log's "edited"). */
export function rowsChanged(drafted: readonly LabRow[], accepted: readonly LabRow[]): boolean {
  const printed = (rows: readonly LabRow[]) => JSON.stringify(rows.map((row) => [row.test, row.value, row.unit, row.range.text]));
  return printed(drafted) !== printed(accepted);
}

/** The Objective with the rows' lines after what the doctor already wrote, on lines of their own. */
export function objectiveWithLabRows(objective: string, rows: readonly LabRow[], heading: string): string {
  const lines = labRowsAsText(rows, heading);
  return objective.trim() === '' ? lines : `${objective.trimEnd()}\n${lines}`;
}
