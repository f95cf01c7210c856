import { labRow, type LabRow } from '../../../../shared/lab-results';

/**
 * The local engine: reads the result lines of a Malaysian private lab's report (Pathlab, Lablink,
 * BP, Gribbles layouts) — test, value, the lab's H/L, unit, reference range — whether the columns
 * are set apart by several spaces, tabs, or (text taken out of a PDF) single spaces. Only what is
 * printed is kept; a line that does not read as a result (headers, comments) is left out.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const NUMERIC_VALUE = new RegExp(String.raw`^(?:[<>≤≥]=?)?${NUMBER}$`);
const COMPARATOR = /^[<>≤≥]=?$/;
/** Results printed in words; longest first so "Non-Reactive" is not read as "Reactive". */
const WORD_VALUES = [
  'not detected',
  'non-reactive',
  'non reactive',
  'nonreactive',
  'negative',
  'positive',
  'reactive',
  'detected',
  'trace',
  'nil',
  'absent',
  'present',
  'normal',
  'clear',
  'cloudy',
  'turbid',
  'yellow',
  'straw',
  'amber',
];
const GRADE_VALUE = /^(?:\d\+|\+{1,4})$/;
const LAB_MARK = /^(?:\*?(?:HH|LL|H|L|A)\*?|\((?:HH|LL|H|L)\)|\*|High|Low)$/;
const RANGE_PATTERNS = [
  new RegExp(String.raw`[([]?\s*${NUMBER}\s*(?:-|–|—|to)\s*${NUMBER}\s*[)\]]?`, 'i'),
  new RegExp(String.raw`[([]?\s*(?:<=?|>=?|≤|≥|up to|below|above)\s*${NUMBER}\s*[)\]]?`, 'i'),
];
/** Lines of the report's frame that end in a number: "Page 1 of 2", "Age 41". */
const NOT_TESTS = /^(?:page|age|tel|fax|date|time|episode|lab no|ref)\b/i;
const BARE_UNITS = new Set(['%', 'fl', 'pg', 'g', 'sec', 'secs', 's', 'u', 'iu', 'ratio', 'index', 'coi', 's/co', 'mm', 'mmhg', 'mosm', 'mg%', 'mmol', 'cells', 'copies', 'titre', 'titer']);

function isUnitToken(token: string): boolean {
  if (BARE_UNITS.has(token.toLowerCase())) return true;
  return /[/%^]/.test(token) && /[A-Za-zµμ%]/.test(token) && !/^\d+[/-]\d+$/.test(token);
}

function wordValueAt(tokens: readonly string[], index: number): number {
  for (const word of WORD_VALUES) {
    const parts = word.split(' ');
    if (parts.every((part, i) => tokens[index + i]?.toLowerCase() === part)) return parts.length;
  }
  return GRADE_VALUE.test(tokens[index] ?? '') ? 1 : 0;
}

interface Tail {
  unit: string;
  range: string;
  labFlag: string;
}

/** What follows the value: the lab's mark, the unit and the range in any order; null when something else is there. */
function readTail(text: string, wordValue: boolean): Tail | null {
  let rest = ` ${text} `;
  let range = '';
  for (const pattern of RANGE_PATTERNS) {
    const match = new RegExp(String.raw`(?<=\s)${pattern.source}(?=\s)`, 'i').exec(rest);
    if (match) {
      range = match[0].trim();
      rest = rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length);
      break;
    }
  }
  const tokens = rest.split(/\s+/).filter(Boolean);
  const marks: string[] = [];
  const unit: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const words = !range && wordValue ? wordValueAt(tokens, i) : 0;
    if (words > 0 && unit.length === 0) {
      range = tokens.slice(i, i + words).join(' ');
      i += words - 1;
    } else if (LAB_MARK.test(token)) marks.push(token);
    else if (isUnitToken(token) && unit.length < 2) unit.push(token);
    else if (/^(?:x\s*)?10\^?\d+\/?L?$|^x$/i.test(token) && unit.length < 2) unit.push(token);
    else return null;
  }
  return { unit: unit.join(' '), range, labFlag: marks.join(' ') };
}

/** A test name has letters and is not a header's label and its value ("Name : …", "Tel: 03-1234 5678"); "TC:HDL Ratio" is a name. */
function isTestName(name: string): boolean {
  return /[A-Za-z]{2}/.test(name) && !/:(\s|$)/.test(name) && !NOT_TESTS.test(name) && name.length <= 60;
}

function rowFromTokens(tokens: readonly string[], nameEnd: number): LabRow | null {
  const test = tokens.slice(0, nameEnd).join(' ');
  if (!isTestName(test)) return null;
  const value = valueLength(tokens, nameEnd);
  if (value.length === 0) return null;
  const valueEnd = nameEnd + value.length;
  const tail = readTail(tokens.slice(valueEnd).join(' '), !value.numeric);
  if (!tail) return null;
  return labRow({ test, value: tokens.slice(nameEnd, valueEnd).join(' '), ...tail });
}

function tokensOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** How many tokens the printed value takes: "7.2", "< 5.0" (a comparator printed apart from its number), "Non-Reactive", "Not Detected". */
function valueLength(tokens: readonly string[], at: number): { length: number; numeric: boolean } {
  if (NUMERIC_VALUE.test(tokens[at] ?? '')) return { length: 1, numeric: true };
  if (COMPARATOR.test(tokens[at] ?? '') && new RegExp(`^${NUMBER}$`).test(tokens[at + 1] ?? '')) return { length: 2, numeric: true };
  return { length: wordValueAt(tokens, at), numeric: false };
}

/**
 * One line: when columns are set apart by tabs or several spaces the first column is the test;
 * otherwise the value is the first token after which the rest reads as mark, unit and range
 * ("CA 125  12.0 U/mL <35" is CA 125 at 12.0, not CA at 125).
 */
export function readResultLine(line: string): LabRow | null {
  const trimmed = line.replace(/\u00a0/g, ' ').trim();
  if (!trimmed || /^[-=_*.\s]+$/.test(trimmed)) return null;
  const columns = trimmed.split(/\t+|\s{2,}/);
  if (columns.length > 1) {
    const nameTokens = tokensOf(columns[0]);
    const row = rowFromTokens([...nameTokens, ...tokensOf(columns.slice(1).join(' '))], nameTokens.length);
    if (row) return row;
  }
  const tokens = tokensOf(trimmed);
  for (let nameEnd = 1; nameEnd < tokens.length; nameEnd += 1) {
    const row = rowFromTokens(tokens, nameEnd);
    if (row) return row;
  }
  return null;
}

/** Every result line of the report, in the order printed. */
export function readLabReport(text: string): LabRow[] {
  return text.split(/\r?\n/).flatMap((line) => readResultLine(line) ?? []);
}
