import type { AiFailureKind } from '../../shared/ai-draft';

export interface AiMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface AiChatRequest {
  model: string;
  messages: AiMessage[];
  maxTokens?: number;
  temperature?: number;
  /** Ask for a JSON object (the caller still parses it against its zod schema). */
  json?: boolean;
}

export interface AiChatAnswer {
  text: string;
  /** The model that answered, as the server names it. */
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** A recording sent to the provider's audio transcription endpoint (Whisper's wire format). */
export interface AiTranscriptionRequest {
  model: string;
  audio: Uint8Array;
  /** The file name tells the server the format, e.g. `visit.wav`. */
  fileName: string;
  /** ISO-639-1, e.g. 'en' or 'ms'; left out, the server detects it. */
  language?: string;
}

/** One stretch of speech, in seconds from the start of the recording. */
export interface AiTranscriptSegment {
  start: number;
  end: number;
  text: string;
}

export interface AiTranscript {
  text: string;
  /** Servers that give only the text (no timestamps) give one segment per sentence, timed 0. */
  segments: AiTranscriptSegment[];
  model: string;
  durationSeconds: number | null;
}

/** Where the provider is and how patient it is; the key comes from the OS keychain, never from settings. */
export interface AiConnectionOptions {
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * A language model, whoever serves it. Features call it only outside the store's transaction,
 * with text the redaction chain has already cleaned. Every failure is an AiFailure, which the
 * feature turns into its local engine's result.
 */
export interface AiProvider {
  chat(request: AiChatRequest): Promise<AiChatAnswer>;
  /**
   * Speech to text. Audio cannot be redacted before it leaves, so the scribe uses it only with
   * the patient's consent, and a server on the clinic's own PC is the private choice.
   */
  transcribe(request: AiTranscriptionRequest): Promise<AiTranscript>;
  /** The models the server offers (the "test connection" check). */
  listModels(): Promise<string[]>;
}

export type AiProviderFactory = (options: AiConnectionOptions) => AiProvider;

/** Why a call did not give an answer to use; `status` is the HTTP status when the server gave one. */
export class AiFailure extends Error {
  constructor(
    readonly kind: AiFailureKind,
    readonly status: number | null = null,
    detail = '',
  ) {
    super(`AI ${kind}${status ? ` (${status})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'AiFailure';
  }
}
