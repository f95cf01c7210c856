import { z } from 'zod';
import { HELP_LANGUAGES, type HelpLanguage } from '../help/help-topic';

export const ASSISTANT_QUESTION_MAX = 500;
/** What the screen passes of its main content for "summarise this screen": the rest is cut off. */
export const ASSISTANT_SCREEN_TEXT_MAX = 8000;

export const assistantAskInputSchema = z.object({
  question: z.string().trim().min(1).max(ASSISTANT_QUESTION_MAX),
  /** The route the person is on, such as /till. */
  route: z.string().trim().min(1).max(200).regex(/^\/\S*$/),
  /** The main content's visible text, for a summary; it may hold patients' identifiers and is redacted before anything leaves. */
  screenText: z.string().max(ASSISTANT_SCREEN_TEXT_MAX).optional(),
  /** The screen's language: the answer's, unless the question is plainly in the other one. */
  language: z.enum(HELP_LANGUAGES).default('en'),
});
export type AssistantAskInput = z.infer<typeof assistantAskInputSchema>;

/** What a screen lists, counted from its visible text; never the text itself. */
export interface ScreenCounts {
  /** Headings that carry their own count, such as "Waiting (3)". */
  sections: { label: string; count: number }[];
  /** Rows of the tables shown (header rows aside). */
  rows: number;
  tickets: number;
  amounts: number;
  /** Patients' record numbers (MRN-…). */
  records: number;
  /** Numbered documents: invoices, receipts, MCs, claims… */
  documents: number;
}

export interface ScreenSummary {
  route: string;
  /** The navigation's name of the screen; null for a route the help does not know. */
  title: string | null;
  counts: ScreenCounts;
}

/**
 * The assistant's reply, a draft like every AI result: how to do something (a topic's steps and
 * its screen), "I don't know" with topics to try, or a summary of the screen. It never changes data.
 */
export interface AssistantReply {
  kind: 'answer' | 'unknown' | 'summary';
  language: HelpLanguage;
  text: string;
  steps: string[];
  /** The help topics the reply rests on, best first: each links to its screen. */
  topicIds: string[];
  /** Related topics, or for "I don't know" the topics to try. */
  suggestions: string[];
  screen: ScreenSummary | null;
}
