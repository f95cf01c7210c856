import { v7 as uuidv7 } from 'uuid';
import type { AiFailureKind } from '../../../shared/ai-draft';
import { addDays, clinicDaysSpan } from '../../../shared/clinic-time';
import type { AiInteraction, AiOutcome, AiPrice, AiUsageRow } from '../../../shared/schemas/ai';
import { interactionsInputSchema, monthInputSchema, setAiOutcomeInputSchema } from '../../../shared/schemas/ai';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AiInteractionEntity, type AiInteractionRecord } from './entities';

/** Enough of a prompt and an answer to see what was asked and said; the whole text is not kept. */
export const LOGGED_TEXT_MAX = 2000;

/** What a call to a model leaves in the log. Prompt and answer are the redacted texts. */
export interface CallEntry {
  feature: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  failure: AiFailureKind | null;
  prompt: string;
  answer: string;
  prices: readonly AiPrice[];
}

/** Thousandths of a sen, from the clinic's price list (sen per million tokens); a model with no price costs 0. */
export function estimatedCostMillisen(prices: readonly AiPrice[], model: string, promptTokens: number, completionTokens: number): number {
  const price = prices.find((entry) => entry.model === model);
  if (!price) return 0;
  return Math.round((promptTokens * price.inputSenPerMillion + completionTokens * price.outputSenPerMillion) / 1000);
}

function truncated(text: string): string {
  return text.length <= LOGGED_TEXT_MAX ? text : `${text.slice(0, LOGGED_TEXT_MAX - 1)}…`;
}

/**
 * The AI interaction log: who asked which model what, for which feature, how it went and what
 * it cost, and a person's verdict on the draft. Rows hold redacted text only.
 */
export class AiInteractionLog {
  async record(uow: UnitOfWork, entry: CallEntry): Promise<AiInteractionRecord> {
    const record: AiInteractionRecord = {
      id: uuidv7(),
      at: uow.now.toISOString(),
      userId: uow.actor?.userId ?? null,
      feature: entry.feature,
      model: entry.model,
      promptTokens: entry.promptTokens,
      completionTokens: entry.completionTokens,
      latencyMs: Math.max(0, Math.round(entry.latencyMs)),
      costMillisen: estimatedCostMillisen(entry.prices, entry.model, entry.promptTokens, entry.completionTokens),
      outcome: entry.failure ? 'failed' : 'suggested',
      failure: entry.failure,
      prompt: truncated(entry.prompt),
      answer: truncated(entry.answer),
      decidedAt: null,
      decidedBy: null,
    };
    await uow.db.getRepository(AiInteractionEntity).insert(record);
    await uow.audit({
      action: 'ai.call',
      entity: 'aiInteraction',
      entityId: record.id,
      before: null,
      after: { feature: record.feature, model: record.model, outcome: record.outcome, failure: record.failure, promptTokens: record.promptTokens, completionTokens: record.completionTokens },
    });
    return record;
  }

  /** A person's verdict on a suggested draft, given once. */
  async setOutcome(uow: UnitOfWork, raw: { interactionId: string; outcome: AiOutcome }): Promise<AiInteractionRecord> {
    const { interactionId, outcome } = setAiOutcomeInputSchema.parse(raw);
    const repository = uow.db.getRepository(AiInteractionEntity);
    const record = await repository.findOne({ where: { id: interactionId } });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'aiInteraction', id: interactionId });
    // The draft was shown to the one who asked: only they can say what they did with it.
    if (record.userId !== (uow.actor?.userId ?? null)) throw new AppError('FORBIDDEN', { permission: 'signed-in' });
    if (record.outcome !== 'suggested') throw new AppError('CONFLICT', { reason: 'decided', outcome: record.outcome });
    const changes = { outcome, decidedAt: uow.now.toISOString(), decidedBy: uow.actor?.userId ?? null };
    await repository.update({ id: interactionId }, changes);
    await uow.audit({ action: 'ai.decide', entity: 'aiInteraction', entityId: interactionId, before: { outcome: record.outcome }, after: { outcome } });
    return { ...record, ...changes };
  }

  /** A month's calls in the clinic's calendar, newest first. */
  async list(uow: UnitOfWork, raw: { month: string; limit?: number }): Promise<AiInteraction[]> {
    const { month, limit } = interactionsInputSchema.parse(raw);
    const span = monthSpan(month, uow.clock.zone);
    const rows = await uow.db.query<(AiInteractionRecord & { userName: string | null })[]>(
      `SELECT i.id, i.at, i.user_id AS userId, u.display_name AS userName, i.feature, i.model, i.prompt_tokens AS promptTokens,
              i.completion_tokens AS completionTokens, i.latency_ms AS latencyMs, i.cost_millisen AS costMillisen, i.outcome, i.failure, i.prompt, i.answer
         FROM ai_interactions i LEFT JOIN users u ON u.id = i.user_id
        WHERE i.at >= ? AND i.at < ? ORDER BY i.at DESC, i.id DESC LIMIT ?`,
      [span.start, span.end, limit],
    );
    return rows.map((row) => ({ id: row.id, at: row.at, userId: row.userId, userName: row.userName, feature: row.feature, model: row.model, promptTokens: row.promptTokens, completionTokens: row.completionTokens, latencyMs: row.latencyMs, costMillisen: row.costMillisen, outcome: row.outcome, failure: row.failure, prompt: row.prompt, answer: row.answer }));
  }

  /** A month's usage by model: calls, failures, tokens and estimated cost. */
  async usage(uow: UnitOfWork, raw: { month: string }): Promise<AiUsageRow[]> {
    const { month } = monthInputSchema.parse(raw);
    const span = monthSpan(month, uow.clock.zone);
    return uow.db.query<AiUsageRow[]>(
      `SELECT model, COUNT(*) AS calls, SUM(outcome = 'failed') AS failures, SUM(prompt_tokens) AS promptTokens,
              SUM(completion_tokens) AS completionTokens, SUM(cost_millisen) AS costMillisen
         FROM ai_interactions WHERE at >= ? AND at < ? GROUP BY model ORDER BY model`,
      [span.start, span.end],
    );
  }
}

function monthSpan(month: string, zone: string): { start: string; end: string } {
  const first = `${month}-01`;
  const [year, monthNo] = month.split('-').map(Number);
  const nextFirst = monthNo === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNo + 1).padStart(2, '0')}-01`;
  return clinicDaysSpan(first, addDays(nextFirst, -1), zone);
}
