import { HELP_TOPICS, helpScreen, topicsOnScreen } from '../../../../shared/help/help-topics';
import type { HelpLanguage, HelpTopic } from '../../../../shared/help/help-topic';
import type { AssistantAskInput, AssistantReply } from '../../../../shared/schemas/ai-assistant';
import { languageOf, languageWords, wordsOf } from './help-terms';
import { HelpIndex, type TopicScore } from './help-index';
import { summariseScreen } from './screen-summary';

const INDEX = new HelpIndex(HELP_TOPICS);
const HELP_WORDS = languageWords(
  HELP_TOPICS.map((topic) => [topic.title.en, ...topic.keywords.en, ...topic.steps.en].join(' ')).join(' '),
  HELP_TOPICS.map((topic) => [topic.title.ms, ...topic.keywords.ms, ...topic.steps.ms].join(' ')).join(' '),
);

/** A runner-up is offered as related when it scores at least this share of the best. */
const RELATED_SHARE = 0.5;
const MAX_RELATED = 2;
const MAX_SUGGESTIONS = 3;
/** What "I don't know" offers when nothing in the question matched: the day's commonest tasks. */
const STARTER_TOPICS = ['check-in-walk-in', 'take-payment', 'close-the-day'];

const SUMMARY_ASK = [
  /\bsummar(?:ise|ize|y)\b/,
  /\bwhat(?:s| is)? (?:is )?(?:on )?(?:this|the|my) (?:screen|page)\b/,
  /\b(?:this|the) (?:screen|page)\b.*\b(?:about|show|shows|mean)\b/,
  /\bringkas(?:kan|an)?\b/,
  /\brumus(?:kan|an)?\b/,
  /\b(?:skrin|halaman|paparan) ini\b/,
];

/** "Summarise this screen", "ringkaskan skrin ini", "what is on this page?" */
export function asksForSummary(question: string): boolean {
  const plain = wordsOf(question).join(' ');
  return SUMMARY_ASK.some((pattern) => pattern.test(plain));
}

export function replyLanguage(input: Pick<AssistantAskInput, 'question' | 'language'>): HelpLanguage {
  return languageOf(input.question, HELP_WORDS) ?? input.language;
}

/** The topics a question finds, best first, and whether the best one is an answer. */
export function retrieve(question: string): { matches: TopicScore[]; found: boolean } {
  const matches = INDEX.search(question);
  return { matches, found: matches.length > 0 && matches[0].named };
}

function screenName(topic: HelpTopic, language: HelpLanguage): string {
  return helpScreen(topic.route)?.title[language] ?? topic.route;
}

function howTo(input: AssistantAskInput, language: HelpLanguage): AssistantReply {
  const { matches, found } = retrieve(input.question);
  if (!found) {
    const tried = matches.slice(0, MAX_SUGGESTIONS).map((match) => match.topic.id);
    const suggestions = tried.length > 0 ? tried : STARTER_TOPICS;
    const text = language === 'ms' ? 'Saya tidak tahu — cuba topik ini:' : 'I don’t know — try these topics:';
    return { kind: 'unknown', language, text, steps: [], topicIds: [], suggestions, screen: null };
  }
  const best = matches[0];
  const related = matches.slice(1).filter((match) => match.named && match.score >= best.score * RELATED_SHARE).slice(0, MAX_RELATED);
  const text = language === 'ms' ? `${best.topic.title.ms} — di skrin ${screenName(best.topic, 'ms')}.` : `${best.topic.title.en} — on the ${screenName(best.topic, 'en')} screen.`;
  return { kind: 'answer', language, text, steps: [...best.topic.steps[language]], topicIds: [best.topic.id], suggestions: related.map((match) => match.topic.id), screen: null };
}

function summary(input: AssistantAskInput, language: HelpLanguage): AssistantReply {
  const { summary: screen, text } = summariseScreen(input.route, input.screenText ?? '', language);
  const topics = topicsOnScreen(input.route).map((topic) => topic.id);
  return { kind: 'summary', language, text, steps: [], topicIds: topics, suggestions: [], screen };
}

/**
 * The assistant's own engine, with no model: the help topic that best matches the question (its
 * steps and its screen), "I don't know" with topics to try, or a summary of the screen.
 */
export function answerLocally(input: AssistantAskInput): AssistantReply {
  const language = replyLanguage(input);
  return asksForSummary(input.question) ? summary(input, language) : howTo(input, language);
}
