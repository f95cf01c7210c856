import { z } from 'zod';
import { helpScreen, helpTopic, topicsOnScreen } from '../../../../shared/help/help-topics';
import type { HelpLanguage, HelpTopic } from '../../../../shared/help/help-topic';
import type { AssistantAskInput, AssistantReply } from '../../../../shared/schemas/ai-assistant';
import { retrieve } from './assistant-engine';

/** The retrieved topics a model answers from: a few, in full. */
const CONTEXT_TOPICS = 3;
const LANGUAGE_NAMES: Record<HelpLanguage, string> = { en: 'English', ms: 'Bahasa Melayu' };

/** The model's answer: its words, and the ids of the topics it used. */
export const assistantAnswerSchema = z.object({
  answer: z.string().trim().min(1).max(2000),
  steps: z.array(z.string().trim().min(1).max(500)).max(12).default([]),
  topicIds: z.array(z.string().trim().min(1).max(80)).max(5),
});

/** What a model is shown and asked, in the clear: the redaction chain runs on it before it leaves. */
export interface AssistantPrompt {
  system: string;
  user: string;
  /** The topics it was given: the only ones it may cite. */
  offered: string[];
}

function topicBlock(topic: HelpTopic, language: HelpLanguage): string {
  const screen = helpScreen(topic.route)?.title[language] ?? topic.route;
  return [`[${topic.id}] ${topic.title[language]} (screen: ${screen}, ${topic.route})`, ...topic.steps[language].map((step, index) => `${index + 1}. ${step}`)].join('\n');
}

const RULES = (language: HelpLanguage) =>
  [
    'You are the in-app help of ClinicDesk, clinic software for Malaysian outpatient clinics.',
    'Answer ONLY from the help topics given below; never invent screens, buttons or steps. You cannot change any data.',
    `Write in ${LANGUAGE_NAMES[language]}.`,
    'Reply with JSON only: {"answer": string, "steps": string[], "topicIds": string[]}, where topicIds are the ids (in square brackets) of the topics your answer uses.',
    'If the topics do not answer the question, reply {"answer": "", "steps": [], "topicIds": []}.',
  ].join('\n');

/** The prompt for a question; null when no topic matched it (nothing to answer from, so nothing is sent). */
export function assistantPrompt(input: AssistantAskInput, local: AssistantReply): AssistantPrompt | null {
  const language = local.language;
  if (local.kind === 'summary') {
    const screen = helpScreen(input.route);
    const topics = topicsOnScreen(input.route);
    const about = screen ? `The screen is ${screen.title[language]}: ${screen.about[language]}.` : `The screen's route is ${input.route}.`;
    return {
      system: `${RULES(language)}\nSummarise in two to four sentences what the screen shows and what can be done there. Do not repeat names or numbers that identify a person.`,
      user: [about, 'Help topics for this screen:', ...topics.map((topic) => topicBlock(topic, language)), 'The text on the screen:', input.screenText ?? '(none)'].join('\n\n'),
      offered: topics.map((topic) => topic.id),
    };
  }
  const { matches, found } = retrieve(input.question);
  if (!found) return null;
  const topics = matches.filter((match) => match.named).slice(0, CONTEXT_TOPICS).map((match) => match.topic);
  return {
    system: RULES(language),
    user: ['Help topics:', ...topics.map((topic) => topicBlock(topic, language)), `Question: ${input.question}`].join('\n\n'),
    offered: topics.map((topic) => topic.id),
  };
}

/**
 * The model's answer, kept only if it cites topics it was given (and at least one when it was
 * given any): an answer resting on no topic, or on one it made up, is the local engine's instead.
 */
export function readAssistantAnswer(answer: unknown, offered: readonly string[], local: AssistantReply): AssistantReply | null {
  const parsed = assistantAnswerSchema.safeParse(answer);
  if (!parsed.success) return null;
  const cited = [...new Set(parsed.data.topicIds)];
  if (cited.some((id) => !offered.includes(id) || !helpTopic(id))) return null;
  if (offered.length > 0 && cited.length === 0) return null;
  if (local.kind === 'summary') return { ...local, text: parsed.data.answer, steps: parsed.data.steps, topicIds: cited };
  return { ...local, kind: 'answer', text: parsed.data.answer, steps: parsed.data.steps, topicIds: cited, suggestions: local.suggestions.filter((id) => !cited.includes(id)) };
}
