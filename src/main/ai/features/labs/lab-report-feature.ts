import { z } from 'zod';
import { labRow } from '../../../../shared/lab-results';
import type { LabReportDraft } from '../../../../shared/schemas/ai-labs';
import type { DraftFeature } from '../../../modules/ai/ai-drafts';
import { escapeRegExp } from '../../privacy/tokens';
import { readLabReport } from './lab-report-reader';
import { withoutReportIdentifiers } from './report-header';

/** What the feature reads: the report's text (pasted, or taken out of its PDF) and whom it is about. */
export interface LabReportInput {
  patientId: string;
  report: string;
}

/** The model's answer: each result line as printed. Flags are worked out here from the printed range, not taken from the model. */
export const labAnswerSchema = z.object({
  rows: z
    .array(
      z.object({
        test: z.string().trim().min(1).max(120),
        value: z.string().trim().min(1).max(60),
        unit: z.string().trim().max(40).default(''),
        range: z.string().trim().max(80).default(''),
        labFlag: z.string().trim().max(10).default(''),
      }),
    )
    .max(300),
});

/** Spacing and case aside, and a comparator written with or without a space ("< 5.0", "<5.0"). */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/([<>≤≥]=?)\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the fragment is printed in the report as a whole: "7.2" is not printed in "17.25". */
export function printedIn(report: string, fragment: string): boolean {
  const wanted = plain(fragment);
  if (!wanted) return true;
  return new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}]|\\.\\d)`, 'u').test(plain(report));
}

/**
 * The model's rows, only when every value, unit and range it gives is printed on the report: one
 * invented number and the whole answer is refused (the local reading is used), since a model that
 * made up one value cannot be trusted with the others.
 */
export function readLabAnswer(answer: unknown, report: string): LabReportDraft | null {
  const parsed = labAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const rows = parsed.data.rows;
  if (!rows.every((row) => printedIn(report, row.value) && printedIn(report, row.unit) && printedIn(report, row.range))) return null;
  return { rows: rows.map(labRow) };
}

const SYSTEM = [
  "You read an outside laboratory's report for a clinic doctor.",
  'Return JSON only: {"rows":[{"test":"","value":"","unit":"","range":"","labFlag":""}]}, one row per result line, in the order printed.',
  'Copy value, unit and reference range exactly as printed; leave range "" when none is printed — never supply a range yourself.',
  'labFlag is the mark the lab printed beside the value (H, L, HH, LL, *), else "". Leave out headers, comments and anything that is not a result.',
  'Identifiers in the report have been replaced by tokens in square brackets; ignore them.',
].join(' ');

export const labReportFeature: DraftFeature<LabReportInput, LabReportDraft> = {
  name: 'labs',
  task: 'labs',
  clinical: true,
  local: (input) => ({ rows: readLabReport(input.report) }),
  ask: (input) => (input.report.trim() ? { patientIds: [input.patientId], system: SYSTEM, user: withoutReportIdentifiers(input.report), maxTokens: 4000 } : null),
  read: (answer, input) => readLabAnswer(answer, input.report),
};
