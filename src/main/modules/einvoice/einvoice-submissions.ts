import type { EinvoiceDocument, EinvoiceSettings, EinvoiceValidationMessage } from '../../../shared/schemas/einvoice';
import { einvoiceDocumentInputSchema, setEinvoiceSecretInputSchema } from '../../../shared/schemas/einvoice';
import { AppError } from '../../errors/app-error';
import type { Keychain } from '../../store/keychain';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { EinvoiceDocuments } from './einvoice-documents';
import { EinvoiceDocumentEntity, type EinvoiceDocumentRecord } from './entities';
import { documentHash, MyInvoisError, type MyInvoisClient, type MyInvoisErrorDetail } from './myinvois-client';
import type { InvoiceV10 } from './ubl-structure';

/** The keychain entry of the MyInvois client secret (scoped to this store by the hub). */
export const CLIENT_SECRET_ACCOUNT = 'myinvois-client-secret';

export type MyInvoisClientFactory = (settings: EinvoiceSettings, clientSecret: string) => MyInvoisClient;

/** A draft ready to send, read in one unit of work and recorded in another: MyInvois may take seconds. */
export interface SubmitJob {
  documentId: string;
  codeNumber: string;
  json: string;
  hash: string;
  client: MyInvoisClient;
}

export type SubmitOutcome = { kind: 'accepted'; submissionUid: string; uuid: string } | { kind: 'rejected'; messages: EinvoiceValidationMessage[] };

export interface CheckJob {
  documentId: string;
  submissionUid: string;
  uuid: string;
  client: MyInvoisClient;
}

export type CheckOutcome = { status: 'submitted' | 'valid' | 'invalid'; longId: string | null; messages: EinvoiceValidationMessage[] };

/**
 * Sending e-invoices to MyInvois and recording its answers. Refused while the clinic has submission
 * switched off, or has no client ID or secret; the secret is read from the OS keychain only when a
 * document is sent. Every recorded answer is audited.
 */
export class EinvoiceSubmissions {
  private cached: { key: string; client: MyInvoisClient } | null = null;

  constructor(
    private readonly documents: EinvoiceDocuments,
    private readonly secrets: Keychain,
    private readonly clientFor: MyInvoisClientFactory,
  ) {}

  async secretStored(): Promise<boolean> {
    return (await this.secrets.get(CLIENT_SECRET_ACCOUNT)) !== null;
  }

  /** Keeps the client secret in the OS keychain (never the store), and audits that it changed, not what it is. */
  async setSecret(uow: UnitOfWork, raw: { clientSecret: string }): Promise<void> {
    const { clientSecret } = setEinvoiceSecretInputSchema.parse(raw);
    const had = await this.secretStored();
    await this.secrets.set(CLIENT_SECRET_ACCOUNT, clientSecret);
    this.cached = null;
    await uow.audit({ action: 'einvoice.setSecret', entity: 'einvoice', entityId: null, before: { stored: had }, after: { stored: true } });
  }

  async prepareSubmit(uow: UnitOfWork, raw: { documentId: string }): Promise<SubmitJob> {
    const { documentId } = einvoiceDocumentInputSchema.parse(raw);
    const client = await this.client(uow);
    const record = await this.documents.record(uow, documentId);
    if (record.status !== 'draft') throw new AppError('EINVOICE_NOT_DRAFT', { codeNumber: record.codeNumber, status: record.status });
    // MyInvois refuses a document issued more than 72 hours before it arrives: stamp it as sent now.
    const json = restamped(record.documentJson, uow.now);
    return { documentId, codeNumber: record.codeNumber, json, hash: documentHash(json), client };
  }

  /** Sends the draft. A refusal (the document's or the whole submission's) is an outcome to record; anything else is an error to show. */
  async send(job: SubmitJob): Promise<SubmitOutcome> {
    try {
      const answer = await job.client.submit([{ codeNumber: job.codeNumber, json: job.json }]);
      const accepted = answer.acceptedDocuments.find((document) => document.invoiceCodeNumber === job.codeNumber);
      if (accepted && answer.submissionUid) return { kind: 'accepted', submissionUid: answer.submissionUid, uuid: accepted.uuid };
      const rejected = answer.rejectedDocuments.find((document) => document.invoiceCodeNumber === job.codeNumber);
      return { kind: 'rejected', messages: rejected ? messagesOf(rejected.error) : [{ code: 'UNKNOWN', message: 'MyInvois neither accepted nor rejected the document', target: job.codeNumber, path: null }] };
    } catch (error) {
      if (error instanceof MyInvoisError && error.kind === 'bad-request') return { kind: 'rejected', messages: messagesOf(standardError(error.answer)) };
      throw asAppError(error);
    }
  }

  async recordSubmit(uow: UnitOfWork, job: SubmitJob, outcome: SubmitOutcome): Promise<EinvoiceDocument> {
    const record = await this.documents.record(uow, job.documentId);
    if (record.status !== 'draft') throw new AppError('EINVOICE_NOT_DRAFT', { codeNumber: record.codeNumber, status: record.status });
    const changes: Partial<EinvoiceDocumentRecord> = { documentJson: job.json, documentHash: job.hash, submittedBy: uow.actor?.userId ?? null, submittedAt: uow.now.toISOString() };
    if (outcome.kind === 'accepted') Object.assign(changes, { status: 'submitted', submissionUid: outcome.submissionUid, documentUuid: outcome.uuid });
    else Object.assign(changes, { status: 'rejected', validationJson: JSON.stringify(outcome.messages) });
    await uow.db.getRepository(EinvoiceDocumentEntity).update({ id: record.id }, changes);
    await uow.audit({
      action: 'einvoice.submit',
      entity: 'einvoice',
      entityId: record.id,
      before: { status: record.status },
      after: { codeNumber: record.codeNumber, status: changes.status, documentHash: job.hash, submissionUid: changes.submissionUid ?? null, documentUuid: changes.documentUuid ?? null, messages: outcome.kind === 'rejected' ? outcome.messages.length : 0 },
    });
    return this.documents.get(uow, record.id);
  }

  async prepareCheck(uow: UnitOfWork, raw: { documentId: string }): Promise<CheckJob> {
    const { documentId } = einvoiceDocumentInputSchema.parse(raw);
    const record = await this.documents.record(uow, documentId);
    if (record.status !== 'submitted' || !record.submissionUid || !record.documentUuid) throw new AppError('EINVOICE_NOT_SUBMITTED', { codeNumber: record.codeNumber, status: record.status });
    return { documentId, submissionUid: record.submissionUid, uuid: record.documentUuid, client: await this.client(uow) };
  }

  /** Asks MyInvois for the document's verdict; an invalid one comes with the failed validation steps. */
  async check(job: CheckJob): Promise<CheckOutcome> {
    try {
      const submission = await job.client.submission(job.submissionUid);
      const summary = submission.documentSummary.find((document) => document.uuid === job.uuid);
      if (!summary || summary.status === 'Submitted' || summary.status === 'Cancelled') return { status: 'submitted', longId: null, messages: [] };
      if (summary.status === 'Valid') return { status: 'valid', longId: summary.longId || null, messages: [] };
      const details = await job.client.documentDetails(job.uuid);
      const failed = (details.validationResults?.validationSteps ?? []).filter((step) => step.status === 'Invalid' && step.error);
      const messages = failed.flatMap((step) => messagesOf(step.error ?? {}));
      return { status: 'invalid', longId: null, messages: messages.length > 0 ? messages : [{ code: 'INVALID', message: summary.documentStatusReason ?? 'Invalid', target: null, path: null }] };
    } catch (error) {
      throw asAppError(error);
    }
  }

  async recordCheck(uow: UnitOfWork, job: CheckJob, outcome: CheckOutcome): Promise<EinvoiceDocument> {
    const record = await this.documents.record(uow, job.documentId);
    if (record.status !== 'submitted') return this.documents.get(uow, record.id);
    await uow.db.getRepository(EinvoiceDocumentEntity).update({ id: record.id }, { status: outcome.status, longId: outcome.longId, validationJson: outcome.messages.length > 0 ? JSON.stringify(outcome.messages) : null, checkedAt: uow.now.toISOString() });
    await uow.audit({ action: 'einvoice.check', entity: 'einvoice', entityId: record.id, before: { status: record.status }, after: { codeNumber: record.codeNumber, status: outcome.status, messages: outcome.messages.length } });
    return this.documents.get(uow, record.id);
  }

  /** The client for the saved settings and secret, kept while they stay the same so its token is reused. */
  private async client(uow: UnitOfWork): Promise<MyInvoisClient> {
    const settings = await this.documents.einvoiceSettings(uow);
    if (!settings.submissionEnabled) throw new AppError('EINVOICE_SUBMISSION_OFF');
    const secret = await this.secrets.get(CLIENT_SECRET_ACCOUNT);
    if (!settings.clientId || !secret) throw new AppError('EINVOICE_CREDENTIALS_MISSING', { fields: [...(settings.clientId ? [] : ['clientId']), ...(secret ? [] : ['clientSecret'])] });
    const key = `${settings.environment}\n${settings.clientId}\n${secret}`;
    if (this.cached?.key !== key) this.cached = { key, client: this.clientFor(settings, secret) };
    return this.cached.client;
  }
}

function restamped(json: string, at: Date): string {
  const document = JSON.parse(json) as InvoiceV10;
  const iso = at.toISOString();
  document.Invoice[0].IssueDate = [{ _: iso.slice(0, 10) }];
  document.Invoice[0].IssueTime = [{ _: `${iso.slice(11, 19)}Z` }];
  return JSON.stringify(document);
}

/** MyInvois's nested error (a code, a message and the details under it) as a flat list of messages. */
function messagesOf(error: MyInvoisErrorDetail): EinvoiceValidationMessage[] {
  const own = { code: error.code ?? 'ERROR', message: error.message ?? '', target: error.target ?? null, path: error.propertyPath ?? null };
  const details = (error.details ?? []).flatMap(messagesOf);
  return details.length > 0 ? details : [own];
}

/** The API's standard error response ({ error: { errorCode, error, propertyPath, target, details } }) in the submission's terms. */
function standardError(answer: unknown): MyInvoisErrorDetail {
  const error = (answer as { error?: { errorCode?: string; error?: string; propertyPath?: string; target?: string; details?: MyInvoisErrorDetail[] } } | null)?.error;
  if (!error || typeof error !== 'object') return { code: 'BadRequest', message: 'MyInvois refused the submission' };
  return { code: error.errorCode ?? 'BadRequest', message: error.error ?? '', target: error.target ?? null, propertyPath: error.propertyPath ?? null, details: Array.isArray(error.details) ? error.details : null };
}

function asAppError(error: unknown): unknown {
  if (!(error instanceof MyInvoisError)) return error;
  switch (error.kind) {
    case 'unauthorised':
      return new AppError('EINVOICE_UNAUTHORISED', { status: error.status });
    case 'rate-limited':
      return new AppError('EINVOICE_RATE_LIMITED', { retryAfterSeconds: error.retryAfterSeconds });
    default:
      return new AppError('EINVOICE_UNREACHABLE', { reason: error.message });
  }
}
