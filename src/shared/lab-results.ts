/**
 * One result line of an outside lab's report, as printed on it, and whether it lies outside the
 * reference range printed beside it. Shared so the screen flags a value again as the doctor edits it.
 */
export const LAB_FLAGS = ['high', 'low', 'normal', 'abnormal', 'unknown'] as const;
export type LabFlag = (typeof LAB_FLAGS)[number];

export interface LabRange {
  /** Numbers only when the range printed them; never inferred. */
  low: number | null;
  high: number | null;
  /** Exactly as printed ("13.0 - 17.0", "<5.0", "Negative"); empty when the lab printed none. */
  text: string;
}

export interface LabRow {
  test: string;
  /** As printed: "7.2", "<5.0", ">90", "Negative". */
  value: string;
  /** The printed value's number, when it has one ("<5.0" → 5). */
  number: number | null;
  unit: string;
  range: LabRange;
  /** The lab's own mark beside the value (H, L, HH, *), as printed; empty when none. */
  labFlag: string;
  flag: LabFlag;
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
const VALUE_NUMBER = new RegExp(String.raw`^([<>≤≥]=?)?\s*(${NUMBER})$`);
const BOUNDED = new RegExp(String.raw`^[([]?\s*(${NUMBER})\s*(?:-|–|—|to)\s*(${NUMBER})\s*[)\]]?$`, 'i');
const ONE_SIDED = new RegExp(String.raw`^[([]?\s*(<=?|>=?|≤|≥|up to|below|above)\s*(${NUMBER})\s*[)\]]?$`, 'i');

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** "<5.0" → { comparator: '<', number: 5 }; "Negative" → null. */
export function valueNumber(value: string): { comparator: string; number: number } | null {
  const match = VALUE_NUMBER.exec(value.trim());
  return match ? { comparator: match[1] ?? '', number: toNumber(match[2]) } : null;
}

/** The limits a printed range states, and nothing more: "13.0 - 17.0", "<5.0", ">90", "(3.9-6.1)". */
export function rangeOf(text: string): LabRange {
  const printed = text.trim();
  const bounded = BOUNDED.exec(printed);
  if (bounded) return { low: toNumber(bounded[1]), high: toNumber(bounded[2]), text: printed };
  const oneSided = ONE_SIDED.exec(printed);
  if (!oneSided) return { low: null, high: null, text: printed };
  const side = oneSided[1].toLowerCase();
  const limit = toNumber(oneSided[2]);
  return side.startsWith('<') || side === '≤' || side === 'up to' || side === 'below' ? { low: null, high: limit, text: printed } : { low: limit, high: null, text: printed };
}

function sameWords(a: string, b: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[\s-]+/g, '');
  return plain(a) === plain(b);
}

/** The lab's own mark, read: H/HH high, L/LL low, anything else printed (*, A) abnormal. */
function labFlagOf(labFlag: string): LabFlag {
  const mark = labFlag.replace(/[*()[\]]/g, '').trim().toLowerCase();
  if (mark === '' && labFlag.trim() === '') return 'unknown';
  if (/^(h|hh|high|critical high)$/.test(mark)) return 'high';
  if (/^(l|ll|low|critical low)$/.test(mark)) return 'low';
  return 'abnormal';
}

/**
 * Against the printed range when there is one; the lab's own H/L only when there is none. A
 * value printed as "<5.0" or ">90" is flagged only when the range settles it.
 */
export function flagOf(row: Pick<LabRow, 'value' | 'range' | 'labFlag'>): LabFlag {
  const { low, high, text } = row.range;
  const value = valueNumber(row.value);
  if (low === null && high === null) {
    if (text && !value && row.value.trim()) return sameWords(row.value, text) ? 'normal' : 'abnormal';
    return labFlagOf(row.labFlag);
  }
  if (!value) return labFlagOf(row.labFlag);
  const strictHigh = /^[([]?\s*<(?!=)/.test(text);
  const strictLow = /^[([]?\s*>(?!=)/.test(text);
  const { comparator, number } = value;
  if (comparator.startsWith('<') || comparator === '≤') {
    if (low !== null && number <= low) return 'low';
    if (high !== null && number <= high && low === null) return 'normal';
    return labFlagOf(row.labFlag);
  }
  if (comparator.startsWith('>') || comparator === '≥') {
    if (high !== null && number >= high) return 'high';
    if (low !== null && number >= low && high === null) return 'normal';
    return labFlagOf(row.labFlag);
  }
  if (high !== null && (number > high || (strictHigh && number === high))) return 'high';
  if (low !== null && (number < low || (strictLow && number === low))) return 'low';
  return 'normal';
}

/** A row from what the report prints: its number and its flag worked out here. */
export function labRow(printed: { test: string; value: string; unit: string; range: string; labFlag: string }): LabRow {
  const range = rangeOf(printed.range);
  const base = { test: printed.test.trim(), value: printed.value.trim(), unit: printed.unit.trim(), range, labFlag: printed.labFlag.trim() };
  return { ...base, number: valueNumber(base.value)?.number ?? null, flag: flagOf(base) };
}

/** How accepted rows read in the note: one line each, the flag in capitals where it matters. */
export function labRowsAsText(rows: readonly LabRow[], heading: string): string {
  const lines = rows.map((row) => {
    const parts = [`${row.test}: ${row.value}`, row.unit, row.range.text ? `(${row.range.text})` : '', row.flag === 'high' || row.flag === 'low' || row.flag === 'abnormal' ? row.flag.toUpperCase() : ''];
    return parts.filter(Boolean).join(' ');
  });
  return [heading, ...lines].join('\n');
}
