import type { AssistantAskInput, AssistantReply } from '../../../../shared/schemas/ai-assistant';
import type { DraftFeature } from '../../../modules/ai/ai-drafts';
import { answerLocally } from './assistant-engine';
import { assistantPrompt, readAssistantAnswer } from './assistant-prompt';

const MAX_ANSWER_TOKENS = 700;

/**
 * The in-app assistant: "how do I …" from the app's own help, and "summarise this screen". Not
 * clinical (no disclaimer), and read-only: its draft is words and links, which nothing saves.
 * The screen's text may name patients; with no patient ids the redaction chain's detectors and
 * name finder still run on it.
 */
export const assistantFeature: DraftFeature<AssistantAskInput, AssistantReply> = {
  name: 'assistant',
  task: 'assistant',
  clinical: false,
  local: answerLocally,
  ask: (input, local) => {
    const prompt = assistantPrompt(input, local);
    return prompt ? { patientIds: [], system: prompt.system, user: prompt.user, maxTokens: MAX_ANSWER_TOKENS } : null;
  },
  read: (answer, input, local) => {
    const prompt = assistantPrompt(input, local);
    return prompt ? readAssistantAnswer(answer, prompt.offered, local) : null;
  },
};
