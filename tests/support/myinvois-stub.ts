import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { structureProblems } from '../../src/main/modules/einvoice/ubl-structure';

/**
 * A local stand-in for LHDN's MyInvois API on 127.0.0.1 (port 0), speaking its wire format: the
 * identity service's token endpoint, Submit Documents (each document decoded, its hash checked and
 * its structure validated, then accepted or rejected as MyInvois answers), Get Submission and Get
 * Document Details. Accepted documents are validated at once: Valid, or Invalid when the buyer's
 * TIN is one the test says LHDN does not know. The only thing in the tests that stands in for LHDN.
 */

interface StoredDocument {
  uuid: string;
  submissionUid: string;
  codeNumber: string;
  status: 'Valid' | 'Invalid';
  steps: { name: string; status: 'Correct' | 'Invalid'; error: object | null }[];
}

/** A reply the next API call gets instead of its real answer, to exercise the client's failures. */
export type ForcedReply = { status: number; retryAfter?: number; body?: unknown } | { hangMs: number };

export interface MyInvoisStubOptions {
  clientId: string;
  clientSecret: string;
  tokenSeconds?: number;
  /** Buyer TINs the validation "does not find": their documents become Invalid. */
  unknownBuyerTins?: readonly string[];
}

export class MyInvoisStub {
  readonly tokensIssued: string[] = [];
  readonly received: { codeNumber: string; document: unknown }[] = [];
  private readonly validTokens = new Set<string>();
  private readonly documents = new Map<string, StoredDocument>();
  private readonly forced: ForcedReply[] = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    private readonly options: MyInvoisStubOptions,
  ) {}

  static async start(options: MyInvoisStubOptions): Promise<MyInvoisStub> {
    const server = createServer();
    const stub = new MyInvoisStub(server, options);
    server.on('request', (request, response) => void stub.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return stub;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get hosts() {
    return { identity: this.url, api: this.url };
  }

  /** Every token issued so far stops working, as when LHDN's token expires early. */
  expireTokens(): void {
    this.validTokens.clear();
  }

  /** The next API call (not the token endpoint) gets this reply. */
  force(reply: ForcedReply): void {
    this.forced.push(reply);
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', this.url);
    if (request.method === 'POST' && url.pathname === '/connect/token') return this.token(body, response);
    if (!this.validTokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''))) return send(response, 401, null);
    const forced = this.forced.shift();
    if (forced && 'hangMs' in forced) {
      this.hanging.add(response);
      setTimeout(() => send(response, 500, null), forced.hangMs).unref();
      return;
    }
    if (forced) return send(response, forced.status, forced.body ?? { error: { errorCode: 'Forced', error: 'forced by the test' } }, forced.retryAfter === undefined ? {} : { 'Retry-After': String(forced.retryAfter) });
    if (request.method === 'POST' && url.pathname === '/api/v1.0/documentsubmissions/') return this.submit(body, response);
    const submission = /^\/api\/v1\.0\/documentsubmissions\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'GET' && submission) return this.submission(decodeURIComponent(submission[1]), response);
    const details = /^\/api\/v1\.0\/documents\/([^/]+)\/details$/.exec(url.pathname);
    if (request.method === 'GET' && details) return this.details(decodeURIComponent(details[1]), response);
    send(response, 404, { error: { errorCode: 'NotFound', error: 'no such API' } });
  }

  private token(body: string, response: ServerResponse): void {
    const form = new URLSearchParams(body);
    const good = form.get('client_id') === this.options.clientId && form.get('client_secret') === this.options.clientSecret && form.get('grant_type') === 'client_credentials' && form.get('scope') === 'InvoicingAPI';
    if (!good) return send(response, 400, { error: 'invalid_client' });
    const token = randomBytes(16).toString('hex');
    this.tokensIssued.push(token);
    this.validTokens.add(token);
    send(response, 200, { access_token: token, token_type: 'Bearer', expires_in: this.options.tokenSeconds ?? 3600, scope: 'InvoicingAPI' });
  }

  private submit(body: string, response: ServerResponse): void {
    const parsed = parseJson(body) as { documents?: { format?: string; document?: string; documentHash?: string; codeNumber?: string }[] } | null;
    if (!parsed || !Array.isArray(parsed.documents) || parsed.documents.length === 0 || parsed.documents.length > 100) {
      return send(response, 400, { error: { errorCode: 'BadStructure', error: 'Submission structure is not valid', details: [] } });
    }
    const submissionUid = uid();
    const acceptedDocuments: { uuid: string; invoiceCodeNumber: string }[] = [];
    const rejectedDocuments: { invoiceCodeNumber: string; error: object }[] = [];
    for (const submitted of parsed.documents) {
      const codeNumber = submitted.codeNumber ?? '';
      const json = Buffer.from(submitted.document ?? '', 'base64').toString('utf8');
      const document = parseJson(json);
      const problems: { code: string; message: string; propertyPath: string | null }[] = [];
      if (submitted.format !== 'JSON') problems.push({ code: 'CF001', message: 'format must be JSON', propertyPath: null });
      if (createHash('sha256').update(json, 'utf8').digest('hex') !== submitted.documentHash) problems.push({ code: 'DS302', message: 'documentHash does not match the document', propertyPath: null });
      if (document === null) problems.push({ code: 'CF002', message: 'document is not JSON', propertyPath: null });
      else for (const problem of structureProblems(document)) problems.push({ code: 'CF321', message: problem.message, propertyPath: problem.path });
      if (problems.length > 0) {
        rejectedDocuments.push({ invoiceCodeNumber: codeNumber, error: { code: 'ERROR', message: 'Validation Error', target: codeNumber, propertyPath: null, details: problems.map((problem) => ({ ...problem, target: codeNumber })) } });
        continue;
      }
      this.received.push({ codeNumber, document });
      const uuid = uid();
      const buyerTin = tinOf(document);
      const unknown = buyerTin !== null && (this.options.unknownBuyerTins ?? []).includes(buyerTin);
      const steps = [
        { name: 'Step01-Structure Validator', status: 'Correct' as const, error: null },
        unknown
          ? { name: 'Step05-Taxpayer Validator', status: 'Invalid' as const, error: { code: 'CV302', message: `Buyer TIN ${buyerTin} is not valid`, target: 'TIN', propertyPath: 'Invoice.AccountingCustomerParty.Party.PartyIdentification.ID', details: null } }
          : { name: 'Step05-Taxpayer Validator', status: 'Correct' as const, error: null },
      ];
      this.documents.set(uuid, { uuid, submissionUid, codeNumber, status: unknown ? 'Invalid' : 'Valid', steps });
      acceptedDocuments.push({ uuid, invoiceCodeNumber: codeNumber });
    }
    send(response, 202, { submissionUid: acceptedDocuments.length > 0 ? submissionUid : null, acceptedDocuments, rejectedDocuments });
  }

  private submission(submissionUid: string, response: ServerResponse): void {
    const documents = [...this.documents.values()].filter((document) => document.submissionUid === submissionUid);
    if (documents.length === 0) return send(response, 404, { error: { errorCode: 'NotFound', error: 'submission not found' } });
    const valid = documents.filter((document) => document.status === 'Valid').length;
    send(response, 200, {
      submissionUid,
      documentCount: documents.length,
      dateTimeReceived: new Date().toISOString(),
      overallStatus: valid === documents.length ? 'Valid' : valid === 0 ? 'Invalid' : 'Partially Valid',
      documentSummary: documents.map((document) => ({ uuid: document.uuid, submissionUid, longId: document.status === 'Valid' ? `LID${document.uuid}` : '', internalId: document.codeNumber, status: document.status, documentStatusReason: null })),
    });
  }

  private details(uuid: string, response: ServerResponse): void {
    const document = this.documents.get(uuid);
    if (!document) return send(response, 404, { error: { errorCode: 'NotFound', error: 'document not found' } });
    send(response, 200, { uuid, submissionUid: document.submissionUid, internalId: document.codeNumber, status: document.status, validationResults: { status: document.status, validationSteps: document.steps } });
  }
}

/** MyInvois's UIDs are 26 upper-case letters and digits. */
function uid(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  return Array.from(randomBytes(26), (byte) => alphabet[byte % alphabet.length]).join('');
}

function tinOf(document: unknown): string | null {
  const invoice = (document as { Invoice?: { AccountingCustomerParty?: { Party?: { PartyIdentification?: { ID?: { _: string }[] }[] }[] }[] }[] }).Invoice?.[0];
  return invoice?.AccountingCustomerParty?.[0]?.Party?.[0]?.PartyIdentification?.[0]?.ID?.[0]?._ ?? null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { ...(body === null ? {} : { 'Content-Type': 'application/json' }), ...headers });
  response.end(body === null ? undefined : JSON.stringify(body));
}
