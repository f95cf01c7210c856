import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiStandIn } from '../../../tests/support/openai-stand-in';
import { OpenAiCompatibleProvider } from './openai-provider';
import { AiFailure } from './provider';

let server: OpenAiStandIn;
beforeAll(async () => {
  server = await OpenAiStandIn.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const provider = (options: { timeoutMs?: number; maxRetries?: number; apiKey?: string | null } = {}) =>
  new OpenAiCompatibleProvider({ baseUrl: server.baseUrl, apiKey: options.apiKey ?? null, timeoutMs: options.timeoutMs ?? 2000, maxRetries: options.maxRetries ?? 0 });

async function failureKind(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'answered',
    (error: unknown) => (error instanceof AiFailure ? error.kind : `other: ${String(error)}`),
  );
}

const ASK = { model: 'llama3.2:3b', messages: [{ role: 'user' as const, content: 'Say OK' }] };

describe('the OpenAI-compatible provider', () => {
  it('sends a chat completion in the wire format and reads the answer and its usage', async () => {
    server.reply({ kind: 'answer', text: 'Hello there', promptTokens: 11, completionTokens: 3 });
    const answer = await provider({ apiKey: 'sk-test' }).chat({ ...ASK, maxTokens: 20, temperature: 0, json: true });
    expect(answer).toEqual({ text: 'Hello there', model: 'llama3.2:3b', promptTokens: 11, completionTokens: 3 });
    const [request] = server.received;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(request.body)).toMatchObject({ model: 'llama3.2:3b', messages: ASK.messages, max_tokens: 20, temperature: 0, response_format: { type: 'json_object' } });
  });

  it('lists the models the server offers', async () => {
    expect(await provider().listModels()).toEqual(['llama3.2:3b', 'qwen2.5:7b']);
  });

  it('retries a 429 and a 500 with back-off, then answers', async () => {
    server.reply({ kind: 'status', status: 429, retryAfterMs: 20 }, { kind: 'status', status: 500, retryAfterMs: 20 }, { kind: 'answer', text: 'third time' });
    expect((await provider({ maxRetries: 2 }).chat(ASK)).text).toBe('third time');
    expect(server.received).toHaveLength(3);
  });

  it('turns what is left after the retries into a typed failure', async () => {
    server.reply({ kind: 'status', status: 429, retryAfterMs: 10 }, { kind: 'status', status: 429, retryAfterMs: 10 });
    expect(await failureKind(provider({ maxRetries: 1 }).chat(ASK))).toBe('rate-limited');
    server.reply({ kind: 'status', status: 503, retryAfterMs: 10 });
    expect(await failureKind(provider().chat(ASK))).toBe('unavailable');
    server.reply({ kind: 'status', status: 401 });
    expect(await failureKind(provider().chat(ASK))).toBe('refused');
    server.reply({ kind: 'garbage', body: '<html>proxy error</html>' });
    expect(await failureKind(provider().chat(ASK))).toBe('bad-answer');
    server.reply({ kind: 'empty' });
    expect(await failureKind(provider().chat(ASK))).toBe('bad-answer');
  });

  it('gives up on a server that does not answer in time', async () => {
    server.reply({ kind: 'hang' });
    const started = Date.now();
    expect(await failureKind(provider({ timeoutMs: 300 }).chat(ASK))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says unavailable when nothing listens at the address', async () => {
    const nowhere = new OpenAiCompatibleProvider({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: null, timeoutMs: 1000, maxRetries: 0 });
    expect(await failureKind(nowhere.chat(ASK))).toBe('unavailable');
  });
});
