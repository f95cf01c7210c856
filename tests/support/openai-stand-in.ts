import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible model server on 127.0.0.1 (port 0), speaking the
 * wire format the provider uses: POST /v1/chat/completions and GET /v1/models. Each test scripts
 * the replies in order (an answer, a delay, a 429, a 500, garbage); with nothing scripted it
 * answers "OK". Every request is recorded, raw body and all, so a test can prove what left the PC.
 */
export type ScriptedReply =
  /** `text` may be worked out from the request's messages, as a model answers in the tokens it was sent. */
  | { kind: 'answer'; text: string | ((messages: ChatMessage[]) => string); delayMs?: number; promptTokens?: number; completionTokens?: number }
  | { kind: 'status'; status: 429 | 500 | 503 | 401 | 404 | 400; retryAfterMs?: number }
  /** A 200 whose body is not the wire format. */
  | { kind: 'garbage'; body: string }
  /** A 200 whose JSON has no choices. */
  | { kind: 'empty' }
  /** Never answers (until the server closes). */
  | { kind: 'hang' };

export interface ChatMessage {
  role: string;
  content: string;
}

/** How the stand-in hears a recording: the test's speech recogniser (pocketsphinx in `spoken-consultation.ts`). */
export type Transcriber = (audio: Buffer, fileName: string) => { text: string; segments: { start: number; end: number; text: string }[]; duration: number };

/** A recording the transcription endpoint was sent. */
export interface ReceivedAudio {
  model: string;
  fileName: string;
  audio: Buffer;
  language: string | null;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export class OpenAiStandIn {
  readonly received: ReceivedRequest[] = [];
  readonly models: string[] = ['llama3.2:3b', 'qwen2.5:7b'];
  readonly receivedAudio: ReceivedAudio[] = [];
  private readonly script: ScriptedReply[] = [];
  private readonly transcriptionScript: Exclude<ScriptedReply, { kind: 'answer' }>[] = [];
  private transcriber: Transcriber | null = null;
  private readonly open = new Set<ServerResponse>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<OpenAiStandIn> {
    const server = createServer();
    const standIn = new OpenAiStandIn(server);
    server.on('request', (request, response) => void standIn.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return standIn;
  }

  /** The base URL a provider is pointed at, as for Ollama or LM Studio. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Replies for the next chat requests, in order. */
  reply(...replies: ScriptedReply[]): void {
    this.script.push(...replies);
  }

  /** POST /v1/audio/transcriptions answers with what this recogniser hears. */
  transcribeWith(transcriber: Transcriber): void {
    this.transcriber = transcriber;
  }

  /** Failures for the next transcription requests, in order, before the recogniser is used again. */
  failTranscription(...replies: Exclude<ScriptedReply, { kind: 'answer' }>[]): void {
    this.transcriptionScript.push(...replies);
  }

  /** Every request body the server was sent, one string each. */
  bodies(): string[] {
    return this.received.map((request) => request.body);
  }

  reset(): void {
    this.script.length = 0;
    this.received.length = 0;
    this.receivedAudio.length = 0;
    this.transcriptionScript.length = 0;
  }

  async close(): Promise<void> {
    for (const response of this.open) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = raw.toString('utf8');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    this.received.push({ method: request.method ?? '', path, headers: request.headers, body });
    if (request.method === 'POST' && path === '/v1/audio/transcriptions') {
      await this.transcribe(request, response, raw);
      return;
    }
    if (request.method === 'GET' && path === '/v1/models') {
      send(response, 200, { object: 'list', data: this.models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'local' })) });
      return;
    }
    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      send(response, 404, { error: { message: `no route ${request.method} ${path}`, type: 'invalid_request_error', code: null } });
      return;
    }
    const parsed = JSON.parse(body) as { model?: string; messages?: ChatMessage[] };
    await this.answer(response, this.script.shift() ?? { kind: 'answer', text: 'OK' }, parsed.model ?? 'unknown', parsed.messages ?? []);
  }

  /** Whisper's wire format: a multipart form with `file` and `model`, answered as verbose_json. */
  private async transcribe(request: IncomingMessage, response: ServerResponse, raw: Buffer): Promise<void> {
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body: new Uint8Array(raw) }).formData();
    const file = form.get('file');
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : null;
    };
    const model = field('model') ?? 'unknown';
    if (!(file instanceof Blob)) {
      send(response, 400, { error: { message: 'no file', type: 'invalid_request_error', code: null } });
      return;
    }
    const fileName = file instanceof File ? file.name : 'audio';
    const audio = Buffer.from(await file.arrayBuffer());
    this.receivedAudio.push({ model, fileName, audio, language: field('language') });
    const scripted = this.transcriptionScript.shift();
    if (scripted) {
      await this.answer(response, scripted, model, []);
      return;
    }
    if (!this.transcriber) {
      send(response, 404, { error: { message: 'no recogniser set up for this test', type: 'invalid_request_error', code: null } });
      return;
    }
    const heard = this.transcriber(audio, fileName);
    send(response, 200, { task: 'transcribe', language: 'english', duration: heard.duration, text: heard.text, segments: heard.segments.map((segment, id) => ({ id, ...segment })) });
  }

  private async answer(response: ServerResponse, reply: ScriptedReply, model: string, messages: ChatMessage[]): Promise<void> {
    switch (reply.kind) {
      case 'answer': {
        if (reply.delayMs) {
          this.open.add(response);
          await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
          this.open.delete(response);
          if (response.destroyed) return;
        }
        const promptTokens = reply.promptTokens ?? 42;
        const completionTokens = reply.completionTokens ?? 7;
        send(response, 200, {
          id: `chatcmpl-${randomUUID()}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: typeof reply.text === 'string' ? reply.text : reply.text(messages) }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
        });
        return;
      }
      case 'status': {
        const headers: Record<string, string> = reply.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(reply.retryAfterMs) };
        const type = reply.status === 429 ? 'rate_limit_exceeded' : reply.status >= 500 ? 'server_error' : 'invalid_request_error';
        send(response, reply.status, { error: { message: `scripted ${reply.status}`, type, code: null } }, headers);
        return;
      }
      case 'garbage':
        response.writeHead(200, { 'content-type': 'application/json' }).end(reply.body);
        return;
      case 'empty':
        send(response, 200, { id: 'chatcmpl-empty', object: 'chat.completion', created: 0, model, choices: [] });
        return;
      case 'hang':
        this.open.add(response);
        return;
    }
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
