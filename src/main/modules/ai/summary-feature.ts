import type { HistorySummaryContent } from '../../../shared/schemas/history-summary';
import type { HistoryFacts } from '../../ai/features/summary/history-facts';
import { localHistorySummary } from '../../ai/features/summary/local-summary';
import { readSummaryAnswer } from '../../ai/features/summary/summary-answer';
import { SUMMARY_SYSTEM_PROMPT, summaryPrompt } from '../../ai/features/summary/summary-prompt';
import type { DraftFeature } from './ai-drafts';

/** The medical history summary: the record's own statements, which a model may only reword and condense, every one still citing the record. */
export const historySummaryFeature: DraftFeature<HistoryFacts, HistorySummaryContent> = {
  name: 'history-summary',
  task: 'summary',
  clinical: true,
  local: localHistorySummary,
  // An empty record has nothing to summarise: no call.
  ask: (facts, local) => (local.statements.length === 0 ? null : { patientIds: [facts.patientId], system: SUMMARY_SYSTEM_PROMPT, user: summaryPrompt(facts, local) }),
  read: (answer, facts) => readSummaryAnswer(answer, facts),
};
