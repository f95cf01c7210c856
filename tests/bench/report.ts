/**
 * How the benchmark speaks: sections of aligned rows for people, then one JSON line with
 * every number for machines. A goal is only ever reported, never enforced.
 */

export interface Goal {
  /** How the goal reads, e.g. "≤ 1.5 s". */
  text: string;
  met: boolean;
}

export interface ReportRow {
  figure: string;
  measured: string;
  goal?: Goal;
}

export interface ReportSection {
  title: string;
  rows: ReportRow[];
  notes?: string[];
}

/** A goal that the measured value must not exceed. */
export function atMost(measured: number, limit: number, text: string): Goal {
  return { text, met: measured <= limit };
}

export function formatTable(sections: readonly ReportSection[]): string {
  const all = sections.flatMap((section) => section.rows);
  const figureWidth = Math.max(...all.map((row) => row.figure.length), 'figure'.length);
  const measuredWidth = Math.max(...all.map((row) => row.measured.length), 'measured'.length);
  const goalWidth = Math.max(...all.map((row) => row.goal?.text.length ?? 0), 'goal'.length);
  const line = (figure: string, measured: string, goal: string, verdict: string): string =>
    `  ${figure.padEnd(figureWidth)}  ${measured.padStart(measuredWidth)}  ${goal.padEnd(goalWidth)}  ${verdict}`.trimEnd();
  const out: string[] = [];
  for (const section of sections) {
    out.push('', section.title, line('figure', 'measured', 'goal', 'verdict'));
    out.push(`  ${'-'.repeat(figureWidth + measuredWidth + goalWidth + 15)}`);
    for (const row of section.rows) {
      out.push(line(row.figure, row.measured, row.goal?.text ?? '', row.goal ? (row.goal.met ? 'met' : 'not met') : ''));
    }
    for (const note of section.notes ?? []) out.push(`  note: ${note}`);
  }
  return out.join('\n');
}

/** One line, numbers rounded to a sensible precision so the line stays readable. */
export function formatJsonLine(result: unknown): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value));
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

export function us(value: number): string {
  return `${value.toFixed(1)} µs`;
}

export function perSecond(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')} rows/s`;
}

export function times(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function mebibytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MiB`;
}
