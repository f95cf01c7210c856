import OpenAI, { toFile } from 'openai';
import { AiFailure, type AiChatAnswer, type AiChatRequest, type AiConnectionOptions, type AiProvider, type AiTranscript, type AiTranscriptionRequest } from './provider';
import { transcriptOf } from './transcript';

/**
 * The one adapter: the `openai` SDK pointed at any OpenAI-compatible base URL (OpenAI, Azure
 * OpenAI's v1 endpoint, Ollama, LM Studio, llama.cpp's server). The SDK times out each attempt
 * and retries 429s, 5xx answers and dropped connections with exponential back-off (honouring
 * Retry-After); what is left after its retries becomes an AiFailure.
 */
export class OpenAiCompatibleProvider implements AiProvider {
  private readonly client: OpenAI;

  constructor(options: AiConnectionOptions) {
    // A local server wants no key, but the SDK refuses to start without one.
    this.client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? 'no-key', timeout: options.timeoutMs, maxRetries: options.maxRetries });
  }

  async chat(request: AiChatRequest): Promise<AiChatAnswer> {
    const completion = await this.attempt(() =>
      this.client.chat.completions.create({
        model: request.model,
        messages: request.messages,
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        ...(request.json ? { response_format: { type: 'json_object' as const } } : {}),
      }),
    );
    const text = (completion as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
    if (typeof text !== 'string' || text.trim() === '') throw new AiFailure('bad-answer', null, 'no text in the answer');
    return {
      text,
      model: typeof completion.model === 'string' ? completion.model : request.model,
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    };
  }

  async transcribe(request: AiTranscriptionRequest): Promise<AiTranscript> {
    const file = await toFile(Buffer.from(request.audio), request.fileName);
    const answer: unknown = await this.attempt(() =>
      this.client.audio.transcriptions.create({
        model: request.model,
        file,
        response_format: 'verbose_json',
        timestamp_granularities: ['segment'],
        ...(request.language ? { language: request.language } : {}),
      }),
    );
    const transcript = transcriptOf(answer, request.model);
    if (!transcript) throw new AiFailure('bad-answer', null, 'no transcript in the answer');
    return transcript;
  }

  async listModels(): Promise<string[]> {
    const page = await this.attempt(() => this.client.models.list());
    const data = (page as { data?: unknown }).data;
    if (!Array.isArray(data)) throw new AiFailure('bad-answer', null, 'no model list');
    return data.flatMap((model: unknown) => (model && typeof model === 'object' && 'id' in model && typeof model.id === 'string' ? [model.id] : []));
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw failureOf(error);
    }
  }
}

export function failureOf(error: unknown): AiFailure {
  if (error instanceof AiFailure) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new AiFailure('timeout');
  if (error instanceof OpenAI.APIConnectionError) return new AiFailure('unavailable', null, error.message);
  if (error instanceof OpenAI.RateLimitError) return new AiFailure('rate-limited', 429);
  if (error instanceof OpenAI.APIError) {
    const status = typeof error.status === 'number' ? error.status : null;
    if (status !== null && status >= 500) return new AiFailure('unavailable', status);
    if (status === 408) return new AiFailure('timeout', status);
    // A 200 whose body is not the wire format (an HTML page, broken JSON) also lands here without a status.
    return new AiFailure(status === null ? 'bad-answer' : 'refused', status, error.message);
  }
  return new AiFailure('bad-answer', null, error instanceof Error ? error.message : String(error));
}
