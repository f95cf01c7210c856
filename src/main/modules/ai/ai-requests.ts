import type { AiFailureKind } from '../../../shared/ai-draft';
import type { AiPrice, AiTask, RedactPreview } from '../../../shared/schemas/ai';
import { modelForTask, redactInputSchema } from '../../../shared/schemas/ai';
import { AiFailure, type AiChatAnswer, type AiMessage, type AiProvider, type AiTranscript } from '../../ai/provider';
import type { Redactor } from '../../ai/privacy/redactor';
import { TokenBook } from '../../ai/privacy/tokens';
import type { PatientIdentifiers } from '../../ai/privacy/own-identifiers';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { AiConnection } from './ai-connection';
import type { AiInteractionLog } from './interaction-log';

/** What a feature asks of the model, in the clear: it is redacted before anything leaves. */
export interface AiAsk {
  feature: string;
  task: AiTask;
  /** The patients the text is about: each one's own identifiers are taken out first. */
  patientIds: readonly string[];
  system: string;
  user: string;
  maxTokens?: number;
  json?: boolean;
}

/** A call ready to make: redacted messages, and the token book that stays on this PC. */
export type AiJob =
  | { kind: 'ready'; feature: string; model: string; provider: AiProvider; messages: AiMessage[]; book: TokenBook; prices: readonly AiPrice[]; maxTokens?: number; json?: boolean }
  /** Nothing will be sent (AI off, not configured): the feature uses its local engine. */
  | { kind: 'skipped'; failure: AiFailureKind };

export type AiCallOutcome = { kind: 'answered'; answer: AiChatAnswer; latencyMs: number } | { kind: 'failed'; failure: AiFailureKind; latencyMs: number };

/** What the feature gets back: the answer re-identified here, or why it should fall back to its local engine. */
export type AiResult = { kind: 'answered'; text: string; interactionId: string } | { kind: 'fell-back'; failure: AiFailureKind; interactionId: string | null };

/** A recording for the provider's transcription endpoint. Audio cannot be redacted: the transcript is, before it is logged. */
export interface AiTranscriptionAsk {
  feature: string;
  patientIds: readonly string[];
  audio: Uint8Array;
  fileName: string;
  seconds: number;
  language?: string;
}

/** The transcript as the server gave it (it stays on this PC, in the encrypted store), or why there is none. */
export type AiTranscriptionResult = { kind: 'answered'; transcript: AiTranscript; interactionId: string } | { kind: 'fell-back'; failure: AiFailureKind; interactionId: string | null };

/** The provider open for a task: the model to ask and the patients whose identifiers are taken out. */
type OpenFor = { kind: 'open'; provider: AiProvider; model: string; patients: PatientIdentifiers[]; prices: readonly AiPrice[] } | { kind: 'skipped'; failure: AiFailureKind };

/** A staged procedure's ctx.inUnitOfWork: a short unit of work of the caller's. */
export type InUnitOfWork = <T>(work: (uow: UnitOfWork) => Promise<T>) => Promise<T>;

/** Reads a patient's identifiers for redaction (the patients module's record read, audited there). */
export type IdentifiersOf = (uow: UnitOfWork, patientId: string) => Promise<PatientIdentifiers>;

/**
 * Every call to a model goes prepare → call → record: `prepare` reads the settings and the
 * patients and redacts, inside a unit of work; `call` talks to the provider outside any
 * transaction (it may take seconds or fail); `record` logs the call and re-identifies the answer
 * in a second unit of work. A failure is an outcome, never an exception to the feature.
 */
export class AiRequests {
  constructor(
    private readonly connection: AiConnection,
    private readonly redactor: Redactor,
    private readonly identifiersOf: IdentifiersOf,
    private readonly log: AiInteractionLog,
  ) {}

  async prepare(uow: UnitOfWork, ask: AiAsk): Promise<AiJob> {
    const open = await this.openFor(uow, ask.task, ask.patientIds);
    if (open.kind === 'skipped') return open;
    const book = new TokenBook();
    const messages: AiMessage[] = [
      { role: 'system', content: this.redactor.redact(ask.system, open.patients, book).text },
      { role: 'user', content: this.redactor.redact(ask.user, open.patients, book).text },
    ];
    return { kind: 'ready', feature: ask.feature, model: open.model, provider: open.provider, messages, book, prices: open.prices, maxTokens: ask.maxTokens, json: ask.json };
  }

  private async openFor(uow: UnitOfWork, task: AiTask, patientIds: readonly string[]): Promise<OpenFor> {
    let open;
    try {
      open = await this.connection.open(uow);
    } catch (error) {
      if (error instanceof AiFailure) return { kind: 'skipped', failure: error.kind };
      throw error;
    }
    const model = modelForTask(open.settings, task);
    if (!model) return { kind: 'skipped', failure: 'not-configured' };
    const patients = await Promise.all(patientIds.map((id) => this.identifiersOf(uow, id)));
    return { kind: 'open', provider: open.provider, model, patients, prices: open.settings.prices };
  }

  async call(job: AiJob): Promise<AiCallOutcome> {
    if (job.kind === 'skipped') return { kind: 'failed', failure: job.failure, latencyMs: 0 };
    const started = performance.now();
    try {
      const answer = await job.provider.chat({ model: job.model, messages: job.messages, maxTokens: job.maxTokens, json: job.json });
      return { kind: 'answered', answer, latencyMs: performance.now() - started };
    } catch (error) {
      if (error instanceof AiFailure) return { kind: 'failed', failure: error.kind, latencyMs: performance.now() - started };
      throw error;
    }
  }

  /**
   * Logs the call and re-identifies the answer. `accepts` is the feature's check of the
   * re-identified answer (its zod schema): an answer it refuses is logged as a bad answer and the
   * feature falls back, exactly as if the server had sent garbage.
   */
  async record(uow: UnitOfWork, job: AiJob, outcome: AiCallOutcome, accepts: (text: string) => boolean = () => true): Promise<AiResult> {
    if (job.kind === 'skipped') return { kind: 'fell-back', failure: job.failure, interactionId: null };
    const prompt = job.messages.map((message) => `${message.role}: ${message.content}`).join('\n');
    const answered = outcome.kind === 'answered' ? outcome.answer : null;
    const text = answered ? job.book.reidentify(answered.text) : '';
    const failure = outcome.kind === 'failed' ? outcome.failure : accepts(text) ? null : 'bad-answer';
    const record = await this.log.record(uow, {
      feature: job.feature,
      model: answered?.model ?? job.model,
      promptTokens: answered?.promptTokens ?? 0,
      completionTokens: answered?.completionTokens ?? 0,
      latencyMs: outcome.latencyMs,
      failure,
      prompt,
      answer: answered?.text ?? '',
      prices: job.prices,
    });
    if (failure) return { kind: 'fell-back', failure, interactionId: record.id };
    return { kind: 'answered', text, interactionId: record.id };
  }

  /**
   * The whole call, for a feature's `staged` procedure: `inUnitOfWork` is its ctx.inUnitOfWork,
   * so the store is held only while preparing and recording, never while the model thinks.
   */
  async run(inUnitOfWork: InUnitOfWork, ask: AiAsk, accepts?: (text: string) => boolean): Promise<AiResult> {
    const job = await inUnitOfWork((uow) => this.prepare(uow, ask));
    const outcome = await this.call(job);
    return inUnitOfWork((uow) => this.record(uow, job, outcome, accepts));
  }

  /**
   * Speech to text with the scribe task's model, in the same prepare → call → record shape. The
   * log keeps the transcript only as redacted text; the caller stores the transcript itself.
   */
  async transcribe(inUnitOfWork: InUnitOfWork, ask: AiTranscriptionAsk): Promise<AiTranscriptionResult> {
    const open = await inUnitOfWork((uow) => this.openFor(uow, 'scribe', ask.patientIds));
    if (open.kind === 'skipped') return { kind: 'fell-back', failure: open.failure, interactionId: null };
    const started = performance.now();
    let answer: { transcript: AiTranscript } | { failure: AiFailureKind };
    try {
      answer = { transcript: await open.provider.transcribe({ model: open.model, audio: ask.audio, fileName: ask.fileName, language: ask.language }) };
    } catch (error) {
      if (!(error instanceof AiFailure)) throw error;
      answer = { failure: error.kind };
    }
    const latencyMs = performance.now() - started;
    return inUnitOfWork(async (uow) => {
      const transcript = 'transcript' in answer ? answer.transcript : null;
      const record = await this.log.record(uow, {
        feature: ask.feature,
        model: transcript?.model ?? open.model,
        promptTokens: 0,
        completionTokens: 0,
        latencyMs,
        failure: 'failure' in answer ? answer.failure : null,
        prompt: `audio: ${ask.fileName}, ${Math.round(ask.seconds)} s`,
        answer: transcript ? this.redactor.redact(transcript.text, open.patients).text : '',
        prices: [],
      });
      return transcript ? { kind: 'answered', transcript, interactionId: record.id } : { kind: 'fell-back', failure: 'failure' in answer ? answer.failure : 'bad-answer', interactionId: record.id };
    });
  }

  /** The redaction alone, as the preview shows it: exactly the text that would be sent, and what was replaced. */
  async preview(uow: UnitOfWork, raw: { text: string; patientId: string }): Promise<RedactPreview> {
    const { text, patientId } = redactInputSchema.parse(raw);
    const redaction = this.redactor.redact(text, [await this.identifiersOf(uow, patientId)]);
    return { text: redaction.text, counts: { ...redaction.counts } };
  }
}
