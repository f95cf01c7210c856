import { CLINICAL_DISCLAIMER, type Draft } from '../../../shared/ai-draft';
import type { AiTask } from '../../../shared/schemas/ai';
import { modelJson } from '../../ai/model-json';
import type { AiAsk, AiRequests, InUnitOfWork } from './ai-requests';

/** What a feature asks the model, in the clear: the redaction chain cleans it before it leaves. */
export type DraftAsk = Pick<AiAsk, 'patientIds' | 'system' | 'user' | 'maxTokens'>;

/**
 * One AI feature: a local engine that always answers (AI off, a timeout, garbage), and how to ask
 * a model to do better and read its answer. Engines and prompts are pure; they live in
 * `src/main/ai/features/<feature>/`.
 */
export interface DraftFeature<Input, Content> {
  /** The interaction log's feature name. */
  name: string;
  task: AiTask;
  /** Clinical drafts carry the clinician-support disclaimer. */
  clinical: boolean;
  local(input: Input): Content;
  /** Null when a model has nothing to add (empty input): no call is made. */
  ask(input: Input, local: Content): DraftAsk | null;
  /** The model's JSON answer, already re-identified on this PC, checked against the feature's zod schema; null when it does not fit. */
  read(answer: unknown, input: Input, local: Content): Content | null;
}

/**
 * Every AI feature's result is a draft: the model's when it answered well, else the local
 * engine's, with the reason. Nothing is written here but the interaction log; the person's
 * accepted or edited draft is saved by the domain's own procedure.
 */
export class AiDrafts {
  constructor(private readonly requests: AiRequests) {}

  async draft<Input, Content>(inUnitOfWork: InUnitOfWork, feature: DraftFeature<Input, Content>, input: Input): Promise<Draft<Content>> {
    const local = feature.local(input);
    const disclaimer = feature.clinical ? CLINICAL_DISCLAIMER : null;
    const localDraft = (fallbackReason: Draft<Content>['fallbackReason'], interactionId: string | null): Draft<Content> => ({
      status: 'suggested',
      source: 'local',
      content: local,
      fallbackReason,
      interactionId,
      disclaimer,
    });
    const ask = feature.ask(input, local);
    if (!ask) return localDraft(null, null);
    const read: { content: Content | null } = { content: null };
    const accepts = (text: string): boolean => {
      const json = modelJson(text);
      read.content = json === undefined ? null : feature.read(json, input, local);
      return read.content !== null;
    };
    const result = await this.requests.run(inUnitOfWork, { ...ask, feature: feature.name, task: feature.task, json: true }, accepts);
    if (result.kind === 'fell-back' || read.content === null) return localDraft(result.kind === 'fell-back' ? result.failure : 'bad-answer', result.interactionId);
    return { status: 'suggested', source: 'model', content: read.content, fallbackReason: null, interactionId: result.interactionId, disclaimer };
  }
}
