import { EntitySchema } from 'typeorm';
import type { AiInteraction } from '../../../shared/schemas/ai';

/** One call to a model: its usage, and its prompt and answer as they were sent and received (redacted, truncated). */
export interface AiInteractionRecord extends Omit<AiInteraction, 'userName'> {
  decidedAt: string | null;
  decidedBy: string | null;
}

export const AiInteractionEntity = new EntitySchema<AiInteractionRecord>({
  name: 'AiInteraction',
  tableName: 'ai_interactions',
  columns: {
    id: { type: 'text', primary: true },
    at: { type: 'text' },
    userId: { type: 'text', name: 'user_id', nullable: true },
    feature: { type: 'text' },
    model: { type: 'text' },
    promptTokens: { type: 'integer', name: 'prompt_tokens' },
    completionTokens: { type: 'integer', name: 'completion_tokens' },
    latencyMs: { type: 'integer', name: 'latency_ms' },
    costMillisen: { type: 'integer', name: 'cost_millisen' },
    outcome: { type: 'text' },
    failure: { type: 'text', nullable: true },
    prompt: { type: 'text' },
    answer: { type: 'text' },
    decidedAt: { type: 'text', name: 'decided_at', nullable: true },
    decidedBy: { type: 'text', name: 'decided_by', nullable: true },
  },
});
