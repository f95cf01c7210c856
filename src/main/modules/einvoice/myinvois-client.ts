import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EinvoiceEnvironment } from '../../../shared/schemas/einvoice';

/**
 * A small client for LHDN's MyInvois API (see SOURCE.md): OAuth2 client credentials, Submit
 * Documents, Get Submission and Get Document Details. It knows nothing of invoices or the store: it
 * sends documents it is given and answers in MyInvois's own terms. Each failure is a
 * MyInvoisError of one kind, so the service can say what went wrong.
 */

export interface MyInvoisHosts {
  identity: string;
  api: string;
}

export const MYINVOIS_HOSTS: Record<EinvoiceEnvironment, MyInvoisHosts> = {
  sandbox: { identity: 'https://preprod-api.myinvois.hasil.gov.my', api: 'https://preprod-api.myinvois.hasil.gov.my' },
  production: { identity: 'https://api.myinvois.hasil.gov.my', api: 'https://api.myinvois.hasil.gov.my' },
};

export interface MyInvoisClientOptions {
  hosts: MyInvoisHosts;
  clientId: string;
  clientSecret: string;
  /** Per request; MyInvois answers in seconds, a hung connection must not hold the screen. */
  timeoutMs?: number;
  now?: () => number;
}

export type MyInvoisFailure = 'network' | 'timeout' | 'unauthorised' | 'bad-request' | 'rate-limited' | 'server' | 'unexpected';

export class MyInvoisError extends Error {
  constructor(
    readonly kind: MyInvoisFailure,
    message: string,
    readonly status: number | null = null,
    /** What MyInvois answered (a 400's validation answer), when it answered JSON. */
    readonly answer: unknown = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'MyInvoisError';
  }
}

/** A document ready to send: its JSON text exactly as hashed, and the e-invoice's own number. */
export interface OutgoingDocument {
  codeNumber: string;
  json: string;
}

const errorDetailSchema: z.ZodType<MyInvoisErrorDetail> = z.lazy(() =>
  z.object({
    code: z.string().nullish(),
    message: z.string().nullish(),
    target: z.string().nullish(),
    propertyPath: z.string().nullish(),
    details: z.array(errorDetailSchema).nullish(),
  }),
);
export interface MyInvoisErrorDetail {
  code?: string | null;
  message?: string | null;
  target?: string | null;
  propertyPath?: string | null;
  details?: MyInvoisErrorDetail[] | null;
}

const submissionAnswerSchema = z.object({
  submissionUid: z.string().nullable(),
  acceptedDocuments: z.array(z.object({ uuid: z.string(), invoiceCodeNumber: z.string() })),
  rejectedDocuments: z.array(z.object({ invoiceCodeNumber: z.string(), error: errorDetailSchema })),
});
export type SubmissionAnswer = z.infer<typeof submissionAnswerSchema>;

const submissionStatusSchema = z.object({
  submissionUid: z.string(),
  documentCount: z.number().optional(),
  overallStatus: z.string(),
  documentSummary: z.array(
    z.object({
      uuid: z.string(),
      internalId: z.string(),
      longId: z.string().nullish(),
      status: z.enum(['Submitted', 'Valid', 'Invalid', 'Cancelled']),
      documentStatusReason: z.string().nullish(),
    }),
  ),
});
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

const documentDetailsSchema = z.object({
  uuid: z.string(),
  status: z.string(),
  validationResults: z
    .object({
      status: z.string(),
      validationSteps: z.array(z.object({ name: z.string(), status: z.string(), error: errorDetailSchema.nullish() })).nullish(),
    })
    .nullish(),
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive(), token_type: z.string().optional() });

/** The SHA-256 of the document's bytes, in hex, as Submit Documents asks for it. */
export function documentHash(json: string): string {
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

export class MyInvoisClient {
  private token: { value: string; expiresAt: number } | null = null;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: MyInvoisClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Submit Documents: which were accepted for validation (with their UUIDs) and which were refused at once, and why. */
  async submit(documents: readonly OutgoingDocument[]): Promise<SubmissionAnswer> {
    const body = {
      documents: documents.map((document) => ({ format: 'JSON', document: Buffer.from(document.json, 'utf8').toString('base64'), documentHash: documentHash(document.json), codeNumber: document.codeNumber })),
    };
    return submissionAnswerSchema.parse(await this.call('POST', '/api/v1.0/documentsubmissions/', body));
  }

  /** Get Submission: each document's status once MyInvois has validated it (or still "Submitted"). */
  async submission(submissionUid: string): Promise<SubmissionStatus> {
    return submissionStatusSchema.parse(await this.call('GET', `/api/v1.0/documentsubmissions/${encodeURIComponent(submissionUid)}?pageNo=1&pageSize=100`));
  }

  /** Get Document Details: the validation steps of one document, with the errors of an invalid one. */
  async documentDetails(uuid: string): Promise<DocumentDetails> {
    return documentDetailsSchema.parse(await this.call('GET', `/api/v1.0/documents/${encodeURIComponent(uuid)}/details`));
  }

  /** A call with the cached token; a 401 means the token ran out early, so one new token and one more try. */
  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const token = await this.accessToken();
      const response = await this.request(`${this.options.hosts.api}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status === 401 && attempt === 0) {
        this.token = null;
        continue;
      }
      return this.answerOf(response, path);
    }
  }

  private async accessToken(): Promise<string> {
    // A minute's margin, so a token never expires between being read and being used.
    if (this.token && this.token.expiresAt - 60_000 > this.now()) return this.token.value;
    const form = new URLSearchParams({ client_id: this.options.clientId, client_secret: this.options.clientSecret, grant_type: 'client_credentials', scope: 'InvoicingAPI' });
    const response = await this.request(`${this.options.hosts.identity}/connect/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form.toString() });
    if (response.status === 400 || response.status === 401) throw new MyInvoisError('unauthorised', 'MyInvois refused the client ID and secret', response.status, await jsonOrNull(response));
    const parsed = tokenSchema.safeParse(await this.answerOf(response, '/connect/token'));
    if (!parsed.success) throw new MyInvoisError('unexpected', 'the token answer had no access_token', response.status);
    this.token = { value: parsed.data.access_token, expiresAt: this.now() + parsed.data.expires_in * 1000 };
    return this.token.value;
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw new MyInvoisError('timeout', `MyInvois did not answer within ${this.timeoutMs} ms`);
      throw new MyInvoisError('network', `MyInvois could not be reached: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
    }
  }

  private async answerOf(response: Response, path: string): Promise<unknown> {
    const answer = await jsonOrNull(response);
    if (response.ok) {
      if (answer === null) throw new MyInvoisError('unexpected', `${path} answered ${response.status} without JSON`, response.status);
      return answer;
    }
    if (response.status === 401 || response.status === 403) throw new MyInvoisError('unauthorised', `${path} refused the access token`, response.status, answer);
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new MyInvoisError('rate-limited', `${path}: too many requests`, 429, answer, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
    }
    if (response.status >= 400 && response.status < 500) throw new MyInvoisError('bad-request', `${path} refused the request (${response.status})`, response.status, answer);
    throw new MyInvoisError('server', `${path} failed on MyInvois's side (${response.status})`, response.status, answer);
  }
}

async function jsonOrNull(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
