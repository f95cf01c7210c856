import { SUMMARY_SECTIONS, type HistorySummaryContent } from '../../../../shared/schemas/history-summary';
import type { HistoryFacts } from './history-facts';
import { listFacts, refsBySource, sourceKey } from './summary-facts-list';

export const SUMMARY_SYSTEM_PROMPT = [
  'You summarise a clinic patient’s medical history for the doctor, in English.',
  `Sections: ${SUMMARY_SECTIONS.join(', ')} (chronic and recurring conditions, recent acute issues, allergies, current medications, vital sign trends).`,
  'Use only the numbered facts given. Every statement must cite the facts it comes from by their references (F1, F2…); a statement without a listed fact is not allowed.',
  'Keep every allergy. You may merge, reword and shorten the draft statements; add nothing that is not in the facts.',
  'Answer with JSON only: {"statements": [{"section": "chronic", "text": "…", "sources": ["F1", "F3"]}]}',
].join('\n');

/** The facts numbered for citing, then the local engine's draft with its citations as references. */
export function summaryPrompt(facts: HistoryFacts, local: HistorySummaryContent): string {
  const listed = listFacts(facts);
  const refs = refsBySource(listed);
  const draft = local.statements.map((statement) => `- [${statement.section}] ${statement.text} {${statement.sources.map((source) => refs.get(sourceKey(source)) ?? '?').join(', ')}}`);
  return [`Today is ${facts.today}.`, 'Facts:', ...listed.map((fact) => `${fact.ref} ${fact.line}`), '', 'Draft to improve:', ...draft].join('\n');
}
