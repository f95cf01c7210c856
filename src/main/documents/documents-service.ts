import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ClinicProfile } from '../../shared/schemas/clinic';
import type { ArchivedDocument, DocumentVerification, SickLeave } from '../../shared/schemas/documents';
import type { UnitOfWork } from '../work/unit-of-work';
import { AppError } from '../errors/app-error';
import { nextInSequence } from '../store/sequences';
import { formatSerial, newVerificationCode, normalisedCode, printedCode, serialSequence, verificationQr, type DocumentKind } from './document-kinds';
import { IssuedDocumentEntity, type IssuedDocumentRecord } from './entities';
import { composeDocument } from './page/compose-document';
import { pageContentSchema, type PageContent, type PageDocument } from './page/page-layout';
import { renderPagePdf } from './page/page-pdf';
import { dayMonthYear } from './queue-ticket';

/** Where the letterhead comes from: the clinic's profile (the clinic module's ClinicService answers this). */
export interface ClinicProfileSource {
  profile(uow: UnitOfWork): Promise<ClinicProfile>;
}

/**
 * A document ready to render, as issue and reprint return it from their unit of work: the PDF is
 * drawn after the transaction commits (renderDocument), so a long register never holds the store.
 */
export interface PrintableDocument {
  id: string;
  kind: string;
  serial: string;
  document: PageDocument;
  /** null for the original; for a reprint, which copy it is (1 for the first). */
  copy: number | null;
}

/**
 * Issues page documents (MCs, referral letters, prescriptions, invoices, registers…): gives each a
 * serial of its kind inside the caller's unit of work, stamps it with the letterhead and a
 * verification code, and archives the page model as issued. A reprint is that same model again,
 * marked as a copy and counted. Issuing and reprinting are audited.
 */
export class DocumentsService {
  constructor(private readonly clinic: ClinicProfileSource) {}

  /**
   * Issues `content` as a document of `kind`. The serial is taken in the caller's transaction, so a
   * unit of work that fails after this gives the number back: serials have no gaps.
   */
  async issue(uow: UnitOfWork, kind: DocumentKind, content: PageContent, options: IssueOptions = {}): Promise<PrintableDocument> {
    const checked = pageContentSchema.parse(content);
    const profile = await this.clinic.profile(uow);
    const issued = { date: uow.clock.today(), time: uow.clock.timeOf(uow.now) };
    const year = issued.date.slice(0, 4);
    const serial = formatSerial(kind, year, await nextInSequence(uow.db, serialSequence(kind, year)));
    const code = newVerificationCode();
    const document = composeDocument(checked, profile, {
      serial,
      verificationCode: printedCode(code),
      issuedAt: `${dayMonthYear(issued.date)} ${issued.time}`,
      qrData: verificationQr(serial, code),
    });
    const record: IssuedDocumentRecord = {
      id: uuidv7(),
      kind: kind.key,
      serial,
      document,
      contentHash: hashOf(document),
      verificationCode: code,
      patientId: options.patientId ?? null,
      issuedBy: uow.actor?.userId ?? null,
      issuedAt: uow.now.toISOString(),
      reprintCount: 0,
      visitId: options.visitId ?? null,
      leave: options.leave ?? null,
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
    };
    await uow.db.getRepository(IssuedDocumentEntity).insert(record);
    await uow.audit({ action: 'document.issue', entity: 'document', entityId: record.id, after: { kind: kind.key, serial, patientId: record.patientId, visitId: record.visitId, contentHash: record.contentHash } });
    return { id: record.id, kind: kind.key, serial, document, copy: null };
  }

  /** The document as issued, counted as one more copy; it prints with the copy mark. */
  async reprint(uow: UnitOfWork, id: string): Promise<PrintableDocument> {
    const record = await this.record(uow, id);
    // A cancelled MC on paper again is what the fraud the verification fights looks like; the list still shows it, as cancelled.
    if (record.cancelledAt) throw new AppError('DOCUMENT_CANCELLED', { serial: record.serial, cancelledAt: record.cancelledAt });
    // A row edited behind the store's triggers must not go out on paper as if the clinic had issued it.
    if (hashOf(record.document) !== record.contentHash) throw new AppError('INTERNAL', { reason: 'document-altered', id });
    const copy = record.reprintCount + 1;
    await uow.db.getRepository(IssuedDocumentEntity).update({ id }, { reprintCount: copy });
    await uow.audit({ action: 'document.reprint', entity: 'document', entityId: id, before: { reprintCount: record.reprintCount }, after: { reprintCount: copy, serial: record.serial } });
    return { id, kind: record.kind, serial: record.serial, document: record.document, copy };
  }

  async get(uow: UnitOfWork, id: string): Promise<ArchivedDocument & { document: PageDocument }> {
    const record = await this.record(uow, id);
    return { ...summaryOf(record), document: record.document };
  }

  /**
   * Cancels an issued document: it stays on record, lists as cancelled, is not reprinted, and a
   * check of its serial says cancelled. Once only; the reason is kept with it.
   */
  async cancel(uow: UnitOfWork, id: string, reason: string): Promise<ArchivedDocument> {
    const record = await this.record(uow, id);
    if (record.cancelledAt) throw new AppError('DOCUMENT_CANCELLED', { serial: record.serial, cancelledAt: record.cancelledAt });
    const cancelled = { cancelledAt: uow.now.toISOString(), cancelledBy: uow.actor?.userId ?? null, cancelReason: reason };
    await uow.db.getRepository(IssuedDocumentEntity).update({ id }, cancelled);
    await uow.audit({ action: 'document.cancel', entity: 'document', entityId: id, after: { serial: record.serial, ...cancelled } });
    return summaryOf({ ...record, ...cancelled });
  }

  /** The documents issued in a visit, newest first. */
  async listForVisit(uow: UnitOfWork, visitId: string): Promise<ArchivedDocument[]> {
    const records = await uow.db.getRepository(IssuedDocumentEntity).find({ where: { visitId }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return records.map(summaryOf);
  }

  /** A patient's documents, newest first. */
  async listForPatient(uow: UnitOfWork, patientId: string): Promise<ArchivedDocument[]> {
    const records = await uow.db.getRepository(IssuedDocumentEntity).find({ where: { patientId }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return records.map(summaryOf);
  }

  /**
   * Whether `serial` was issued with `code`, as someone holding the paper quotes them: valid or
   * cancelled, the kind, the issue time and an MC's leave, and nothing else of the content.
   * 'unknown' for an unknown serial or a wrong code alike.
   */
  async verify(uow: UnitOfWork, serial: string, code: string): Promise<DocumentVerification> {
    const record = await uow.db.getRepository(IssuedDocumentEntity).findOneBy({ serial: serial.trim().toUpperCase() });
    if (!record || record.verificationCode !== normalisedCode(code)) return { status: 'unknown' };
    return {
      status: record.cancelledAt ? 'cancelled' : 'valid',
      kind: record.kind,
      serial: record.serial,
      issuedAt: record.issuedAt,
      cancelledAt: record.cancelledAt,
      leave: record.leave,
    };
  }

  private async record(uow: UnitOfWork, id: string): Promise<IssuedDocumentRecord> {
    const record = await uow.db.getRepository(IssuedDocumentEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'document', id });
    return record;
  }
}

export interface IssueOptions {
  patientId?: string | null;
  visitId?: string | null;
  /** An MC's leave: what a check of its serial may tell besides its validity. */
  leave?: SickLeave | null;
}

/** The PDF of an issued or reprinted document; call it after the unit of work that returned it has committed. */
export function renderDocument(printable: PrintableDocument): Promise<Buffer> {
  return renderPagePdf(printable.document, printable.copy === null ? {} : { copy: printable.copy });
}

/** `MC-2026-00412.pdf`, `MC-2026-00412-copy-2.pdf`. */
export function documentFileName(printable: PrintableDocument): string {
  return printable.copy === null ? `${printable.serial}.pdf` : `${printable.serial}-copy-${printable.copy}.pdf`;
}

function hashOf(document: PageDocument): string {
  return createHash('sha256').update(JSON.stringify(document)).digest('hex');
}

function summaryOf(record: IssuedDocumentRecord): ArchivedDocument {
  return {
    id: record.id,
    kind: record.kind,
    serial: record.serial,
    title: record.document.title,
    patientId: record.patientId,
    issuedBy: record.issuedBy,
    issuedAt: record.issuedAt,
    reprintCount: record.reprintCount,
    visitId: record.visitId,
    cancelledAt: record.cancelledAt,
    cancelledBy: record.cancelledBy,
    cancelReason: record.cancelReason,
  };
}
