import { z } from 'zod';
import type { AiFailureKind } from '../ai-draft';
import { idSchema } from './common';

/** The tasks a model is chosen for; each may name its own model, or use the default one. */
export const AI_TASKS = ['triage', 'notes', 'summary', 'letters', 'labs', 'scribe', 'assistant'] as const;
export type AiTask = (typeof AI_TASKS)[number];

const modelNameSchema = z.string().trim().max(120);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The price list the usage view estimates cost from: sen per million tokens, input and output. */
export const aiPriceSchema = z.object({
  model: modelNameSchema.min(1),
  inputSenPerMillion: z.number().int().min(0).max(100_000_000),
  outputSenPerMillion: z.number().int().min(0).max(100_000_000),
});
export type AiPrice = z.infer<typeof aiPriceSchema>;

export const aiSettingsSchema = z.object({
  /** Off until the clinic turns it on; AI_ENABLED=false in the hub's environment keeps it off whatever this says. */
  enabled: z.boolean(),
  /** Any OpenAI-compatible server: OpenAI, Azure OpenAI, or Ollama / LM Studio / llama.cpp on the clinic's own PC. */
  baseUrl: z.string().trim().max(300).refine((value) => value === '' || isHttpUrl(value)),
  defaultModel: modelNameSchema,
  /** A task's own model; empty uses the default model. */
  models: z.object(Object.fromEntries(AI_TASKS.map((task) => [task, modelNameSchema])) as Record<AiTask, typeof modelNameSchema>),
  timeoutSeconds: z.number().int().min(1).max(600),
  maxRetries: z.number().int().min(0).max(5),
  prices: z.array(aiPriceSchema).max(50),
});
export type AiSettings = z.infer<typeof aiSettingsSchema>;

/** Ollama's own address: the private choice, so it is what a new clinic sees first (still switched off). */
export const DEFAULT_AI_SETTINGS: AiSettings = {
  enabled: false,
  baseUrl: 'http://127.0.0.1:11434/v1',
  defaultModel: '',
  models: { triage: '', notes: '', summary: '', letters: '', labs: '', scribe: '', assistant: '' },
  timeoutSeconds: 30,
  maxRetries: 2,
  prices: [],
};

/** The model a task uses: its own, or the default. Empty: not configured. */
export function modelForTask(settings: AiSettings, task: AiTask): string {
  return settings.models[task] || settings.defaultModel;
}

export const setAiKeyInputSchema = z.object({ apiKey: z.string().trim().min(1).max(500) });

/** The redaction preview: what would be sent for this text about this patient. */
export const AI_TEXT_MAX = 100_000;
export const redactInputSchema = z.object({ text: z.string().min(1).max(AI_TEXT_MAX), patientId: idSchema });
export interface RedactPreview {
  text: string;
  counts: Record<string, number>;
}

/** What became of a model's answer: a draft's verdict, or the call failing. */
export const AI_OUTCOMES = ['suggested', 'accepted', 'edited', 'rejected', 'failed'] as const;
export type AiOutcome = (typeof AI_OUTCOMES)[number];

export const setAiOutcomeInputSchema = z.object({ interactionId: idSchema, outcome: z.enum(['accepted', 'edited', 'rejected']) });

export const monthInputSchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export const interactionsInputSchema = z.object({
  month: monthInputSchema.shape.month,
  limit: z.number().int().min(1).max(500).default(200),
});

/** One row of the interaction log: redacted text only, truncated; no identifier is ever stored here. */
export interface AiInteraction {
  id: string;
  at: string;
  userId: string | null;
  userName: string | null;
  feature: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  /** Thousandths of a sen: one call often costs less than a sen. */
  costMillisen: number;
  outcome: AiOutcome;
  failure: AiFailureKind | null;
  prompt: string;
  answer: string;
}

/** A month's use of one model. */
export interface AiUsageRow {
  model: string;
  calls: number;
  failures: number;
  promptTokens: number;
  completionTokens: number;
  costMillisen: number;
}

export interface AiConnectionTest {
  ok: boolean;
  latencyMs: number;
  models: string[];
  failure: AiFailureKind | null;
}

export interface AiStatus {
  /** Switched on in settings and not forced off. */
  enabled: boolean;
  forcedOff: boolean;
}
