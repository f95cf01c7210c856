import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { BuildIndividualInput, EinvoiceDocument, EinvoiceMonth, EinvoiceSettings } from '../../../shared/schemas/einvoice';
import { buildConsolidatedInputSchema, buildIndividualInputSchema } from '../../../shared/schemas/einvoice';
import { AppError } from '../../errors/app-error';
import type { SettingsStore } from '../../settings/settings-store';
import { humanNumber, nextInSequence } from '../../store/sequences';
import { sqliteConnection } from '../../store/store';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { InvoicesService } from '../billing';
import type { ClinicService } from '../clinic';
import type { UsersService } from '../users';
import { buildConsolidated, buildIndividual, GENERAL_PUBLIC_TIN, type BuiltDocument } from './document-builder';
import { supplierOf, toEinvoiceDocument, toSale } from './document-view';
import { EinvoiceDocumentEntity, EinvoiceDocumentInvoiceEntity, type EinvoiceDocumentRecord } from './entities';
import { monthDays, needsOwnEinvoice, planMonth } from './month-plan';
import { documentHash } from './myinvois-client';
import { einvoiceSettings } from './settings';
import { structureProblems } from './ubl-structure';

/** A document that still stands for its invoices: being sent, or sent and not refused. */
const LIVE = ['draft', 'submitted', 'valid'] as const;

/**
 * The clinic's e-invoices as documents: built from issued invoices (the month's consolidated one,
 * or an individual one for an invoice and its buyer), kept as the exact JSON that will be sent,
 * and read back with their status and MyInvois's answer. Sending is EinvoiceSubmissions'.
 */
export class EinvoiceDocuments {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly clinic: ClinicService,
    private readonly settings: SettingsStore,
    private readonly users: UsersService,
    private readonly secretStored: () => Promise<boolean>,
  ) {}

  einvoiceSettings(uow: UnitOfWork): Promise<EinvoiceSettings> {
    return this.settings.get(uow, einvoiceSettings);
  }

  /** The month at a glance: what its consolidated e-invoice would hold, the documents built, and the sales that need their own. */
  async month(uow: UnitOfWork, month: string): Promise<EinvoiceMonth> {
    const { first, last, dueBy } = monthDays(month);
    const sales = (await this.invoices.salesBetween(uow, first, last)).map(toSale);
    const own = await this.individuallyInvoiced(uow);
    const plan = planMonth(sales, own);
    let totalSen = 0;
    let taxSen = 0;
    for (const sale of plan.runs.flat()) {
      totalSen += sale.totalSen;
      for (const line of sale.lines) taxSen += line.taxSen;
    }
    const consolidated = await uow.db.getRepository(EinvoiceDocumentEntity).find({ where: { kind: 'consolidated', period: month }, order: { createdAt: 'DESC' } });
    const individual = await uow.db
      .getRepository(EinvoiceDocumentEntity)
      .createQueryBuilder('d')
      .where("d.kind = 'individual'")
      .andWhere('d.id IN (SELECT l.document_id FROM einvoice_document_invoices l JOIN invoices i ON i.id = l.invoice_id WHERE i.clinic_date BETWEEN :first AND :last)', { first, last })
      .orderBy('d.created_at', 'DESC')
      .getMany();
    const documents = await this.views(uow, [...consolidated, ...individual]);
    const liveIndividual = new Map(documents.filter((doc) => doc.kind === 'individual' && (LIVE as readonly string[]).includes(doc.status)).flatMap((doc) => doc.invoices.map((invoice) => [invoice.id, doc] as const)));
    const settings = await this.einvoiceSettings(uow);
    return {
      month,
      dueBy,
      plan: { sales: plan.sales, lines: plan.runs.length, totalSen, taxSen },
      consolidated: documents.filter((doc) => doc.kind === 'consolidated'),
      individual: documents.filter((doc) => doc.kind === 'individual'),
      ownRequired: sales
        .filter(needsOwnEinvoice)
        .map((sale) => {
          const doc = liveIndividual.get(sale.invoiceId);
          return { invoiceId: sale.invoiceId, number: sale.number, clinicDate: sale.clinicDate, billTo: sale.billTo, totalSen: sale.totalSen, document: doc ? { id: doc.id, status: doc.status } : null };
        }),
      submission: { enabled: settings.submissionEnabled, environment: settings.environment, secretStored: await this.secretStored() },
    };
  }

  /** Builds (or rebuilds, replacing its draft) the month's consolidated e-invoice from the sales that need no e-invoice of their own. */
  async buildConsolidated(uow: UnitOfWork, raw: { month: string }): Promise<EinvoiceDocument> {
    const { month } = buildConsolidatedInputSchema.parse(raw);
    const supplier = supplierOf(await this.einvoiceSettings(uow), (await this.clinic.profile(uow)).name);
    const repository = uow.db.getRepository(EinvoiceDocumentEntity);
    const standing = await repository.findOne({ where: { kind: 'consolidated', period: month, status: In([...LIVE]) } });
    if (standing && standing.status !== 'draft') throw new AppError('EINVOICE_ALREADY_ISSUED', { codeNumber: standing.codeNumber, status: standing.status });
    const { first, last } = monthDays(month);
    const sales = (await this.invoices.salesBetween(uow, first, last)).map(toSale);
    const plan = planMonth(sales, await this.individuallyInvoiced(uow));
    if (plan.runs.length === 0) throw new AppError('EINVOICE_NOTHING_TO_CONSOLIDATE', { month });
    if (standing) {
      // A draft was never sent: rebuilding replaces it (its links go with it), so the month has one.
      await repository.delete({ id: standing.id });
    }
    const codeNumber = await this.nextCodeNumber(uow);
    const built = buildConsolidated(month, plan, supplier, { codeNumber, issuedAt: uow.now });
    const record = await this.save(uow, { kind: 'consolidated', period: month, codeNumber, buyerName: 'General Public', buyerTin: GENERAL_PUBLIC_TIN, buyerJson: JSON.stringify({ name: 'General Public', tin: GENERAL_PUBLIC_TIN }) }, built, plan.runs.flat().map((sale) => sale.invoiceId));
    await uow.audit({
      action: 'einvoice.build',
      entity: 'einvoice',
      entityId: record.id,
      ...(standing ? { before: { replacedDraft: standing.codeNumber, totalSen: standing.totalSen } } : {}),
      after: { kind: 'consolidated', period: month, codeNumber, sales: plan.sales, lines: built.lineCount, totalSen: built.totalSen, taxSen: built.taxSen, ownRequired: plan.ownRequired.map((sale) => sale.number) },
    });
    return this.get(uow, record.id);
  }

  /** An individual e-invoice for one invoice and its buyer: a patient who asked for one, a parent, a panel company. */
  async buildIndividual(uow: UnitOfWork, raw: BuildIndividualInput): Promise<EinvoiceDocument> {
    const input = buildIndividualInputSchema.parse(raw);
    const settings = await this.einvoiceSettings(uow);
    const supplier = supplierOf(settings, (await this.clinic.profile(uow)).name);
    const invoice = await this.invoices.get(uow, input.invoiceId);
    if (invoice.status === 'void') throw new AppError('EINVOICE_INVOICE_VOID', { number: invoice.number });
    const links = await uow.db.getRepository(EinvoiceDocumentInvoiceEntity).find({ where: { invoiceId: invoice.id } });
    const standing = await uow.db.getRepository(EinvoiceDocumentEntity).find({ where: { id: In(links.map((link) => link.documentId)), status: In([...LIVE]) } });
    const sent = standing.find((document) => document.kind === 'individual' || document.status !== 'draft');
    if (sent) throw new AppError('EINVOICE_ALREADY_ISSUED', { codeNumber: sent.codeNumber, status: sent.status });
    // The month's consolidated draft counted this sale; it was never sent, so it goes, to be built again without it.
    const staleDraft = standing.find((document) => document.kind === 'consolidated') ?? null;
    if (staleDraft) await uow.db.getRepository(EinvoiceDocumentEntity).delete({ id: staleDraft.id });
    const codeNumber = await this.nextCodeNumber(uow);
    const built = buildIndividual(toSale(invoice), input.buyer, supplier, { codeNumber, issuedAt: uow.now }, settings.classificationCode);
    const record = await this.save(uow, { kind: 'individual', period: null, codeNumber, buyerName: input.buyer.name, buyerTin: input.buyer.tin, buyerJson: JSON.stringify(input.buyer) }, built, [invoice.id]);
    await uow.audit({
      action: 'einvoice.build',
      entity: 'einvoice',
      entityId: record.id,
      after: { kind: 'individual', codeNumber, invoice: invoice.number, patientId: invoice.patientId, buyer: input.buyer.name, buyerTin: input.buyer.tin, totalSen: built.totalSen, discardedConsolidatedDraft: staleDraft?.codeNumber ?? null },
    });
    return this.get(uow, record.id);
  }

  async get(uow: UnitOfWork, id: string): Promise<EinvoiceDocument> {
    const record = await uow.db.getRepository(EinvoiceDocumentEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'einvoice', id });
    const [view] = await this.views(uow, [record]);
    return view;
  }

  async record(uow: UnitOfWork, id: string): Promise<EinvoiceDocumentRecord> {
    const record = await uow.db.getRepository(EinvoiceDocumentEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'einvoice', id });
    return record;
  }

  /** Invoices that have an individual e-invoice standing for them: they stay off the consolidated one. */
  private async individuallyInvoiced(uow: UnitOfWork): Promise<Set<string>> {
    const rows = await uow.db
      .getRepository(EinvoiceDocumentInvoiceEntity)
      .createQueryBuilder('l')
      .innerJoin('einvoice_documents', 'd', 'd.id = l.document_id')
      .where("d.kind = 'individual'")
      .andWhere('d.status IN (:...live)', { live: [...LIVE] })
      .select('l.invoice_id', 'invoiceId')
      .getRawMany<{ invoiceId: string }>();
    return new Set(rows.map((row) => row.invoiceId));
  }

  private async nextCodeNumber(uow: UnitOfWork): Promise<string> {
    const year = uow.clock.today().slice(0, 4);
    return humanNumber(`EINV-${year}`, await nextInSequence(uow.db, `einvoice:${year}`));
  }

  private async save(uow: UnitOfWork, fields: Pick<EinvoiceDocumentRecord, 'kind' | 'period' | 'codeNumber' | 'buyerName' | 'buyerTin' | 'buyerJson'>, built: BuiltDocument, invoiceIds: readonly string[]): Promise<EinvoiceDocumentRecord> {
    // The builder's output is checked against the SDK structure before it is kept: a document
    // that cannot pass is a fault here, not something to send to LHDN.
    const problems = structureProblems(built.document);
    if (problems.length > 0) throw new Error(`built e-invoice does not fit the MyInvois structure: ${JSON.stringify(problems.slice(0, 5))}`);
    const json = JSON.stringify(built.document);
    const record: EinvoiceDocumentRecord = {
      id: uuidv7(),
      ...fields,
      lineCount: built.lineCount,
      totalExcludingTaxSen: built.totalExcludingTaxSen,
      taxSen: built.taxSen,
      totalSen: built.totalSen,
      status: 'draft',
      documentJson: json,
      documentHash: '',
      submissionUid: null,
      documentUuid: null,
      longId: null,
      validationJson: null,
      createdBy: uow.actor?.userId ?? null,
      createdAt: uow.now.toISOString(),
      submittedBy: null,
      submittedAt: null,
      checkedAt: null,
    };
    record.documentHash = documentHash(json);
    await uow.db.getRepository(EinvoiceDocumentEntity).insert(record);
    // A month's consolidated e-invoice links thousands of invoices: one prepared statement, run per link.
    const link = sqliteConnection(uow.db).prepare('INSERT INTO einvoice_document_invoices (document_id, invoice_id) VALUES (?, ?)');
    for (const invoiceId of invoiceIds) link.run(record.id, invoiceId);
    return record;
  }

  private async views(uow: UnitOfWork, records: readonly EinvoiceDocumentRecord[]): Promise<EinvoiceDocument[]> {
    if (records.length === 0) return [];
    const names = await this.users.namesOf(uow, records.flatMap((record) => [record.createdBy, record.submittedBy]));
    // A consolidated e-invoice covers thousands of invoices: the view names those of individual ones only, and counts the rest.
    const individual = records.filter((record) => record.kind === 'individual').map((record) => record.id);
    const links = individual.length > 0 ? await uow.db.getRepository(EinvoiceDocumentInvoiceEntity).find({ where: { documentId: In(individual) } }) : [];
    const numbers = new Map<string, string>();
    for (const link of links) if (!numbers.has(link.invoiceId)) numbers.set(link.invoiceId, (await this.invoices.get(uow, link.invoiceId)).number);
    return records.map((record) =>
      toEinvoiceDocument(
        record,
        links.filter((link) => link.documentId === record.id).map((link) => ({ id: link.invoiceId, number: numbers.get(link.invoiceId) ?? '' })),
        names,
      ),
    );
  }
}
