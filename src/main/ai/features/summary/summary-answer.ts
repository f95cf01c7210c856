import { z } from 'zod';
import { SUMMARY_SECTIONS, SUMMARY_STATEMENTS_MAX, type HistorySummaryContent, type SummaryStatement } from '../../../../shared/schemas/history-summary';
import type { HistoryFacts } from './history-facts';
import { listFacts } from './summary-facts-list';

/** The model's answer: statements, each citing fact references. */
export const summaryAnswerSchema = z.object({
  statements: z
    .array(
      z.object({
        section: z.enum(SUMMARY_SECTIONS),
        text: z.string().trim().min(1).max(500),
        sources: z.array(z.string().trim()).min(1).max(60),
      }),
    )
    .min(1)
    .max(SUMMARY_STATEMENTS_MAX),
});

/**
 * The model's summary, or null (the local engine's is used) when it does not fit: a statement
 * citing no fact or a fact that was not given, or an allergy on the record that no statement
 * keeps. The citations become the facts' own sources, so every link points at the record.
 */
export function readSummaryAnswer(answer: unknown, facts: HistoryFacts): HistorySummaryContent | null {
  const parsed = summaryAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const byRef = new Map(listFacts(facts).map((fact) => [fact.ref, fact.source]));
  const statements: SummaryStatement[] = [];
  for (const statement of parsed.data.statements) {
    const refs = [...new Set(statement.sources.map((ref) => ref.toUpperCase()))];
    const sources = refs.map((ref) => byRef.get(ref));
    if (sources.some((source) => source === undefined)) return null;
    statements.push({ section: statement.section, text: statement.text, sources: sources.filter((source) => source !== undefined) });
  }
  const cited = new Set(statements.flatMap((statement) => statement.sources).filter((source) => source.kind === 'allergy').map((source) => source.id));
  if (facts.allergies.some((allergy) => !cited.has(allergy.allergen))) return null;
  return { statements };
}
