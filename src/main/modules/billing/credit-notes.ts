import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { money, roundForCash } from '../../../shared/money';
import { ringgit } from '../../../shared/ringgit';
import { creditNoteInputSchema, previewCreditNoteInputSchema, type CreditNote, type CreditNoteInput, type CreditNotePreview, type Invoice, type PreviewCreditNoteInput } from '../../../shared/schemas/billing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import type { CashierSessions } from './cashier-sessions';
import { CreditNoteEntity, CreditNoteLineEntity, RefundEntity, type CreditNoteLineRecord, type CreditNoteRecord, type RefundRecord } from './credit-entities';
import { creditOf } from './credit-pricing';
import { assertDayOpen } from './day-lock';
import { InvoiceEntity, InvoiceLineEntity, type InvoiceRecord } from './entities';
import { balanceOf, settledStatus } from './invoice-balance';
import type { InvoicesService } from './invoices-service';

interface CreditPlan {
  record: InvoiceRecord;
  lines: Omit<CreditNoteLineRecord, 'id' | 'creditNoteId'>[];
  amountSen: number;
  taxSen: number;
  totalSen: number;
  /** Owed back to the patient after the credit, before any cash rounding: 0 when the credit only lowers the balance. */
  dueBackSen: number;
}

/**
 * Credit notes: corrections of an issued invoice under their own number and reason (an item
 * returned, a fee charged in error). The invoice is never edited; what it owes goes down by the
 * credit, and when the patient had paid more than it now asks, the difference goes back as a
 * refund: cash from the till's drawer rounded to 5 sen, or by the method it came.
 */
export class CreditNotes {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly sessions: CashierSessions,
    private readonly ledger: LedgerService,
  ) {}

  async preview(uow: UnitOfWork, raw: PreviewCreditNoteInput): Promise<CreditNotePreview> {
    const input = previewCreditNoteInputSchema.parse(raw);
    const plan = await this.plan(uow, input);
    const refundSen = plan.dueBackSen === 0 ? 0 : input.refund?.method === 'cash' ? cashBack(plan.dueBackSen) : plan.dueBackSen;
    return { amountSen: plan.amountSen, taxSen: plan.taxSen, totalSen: plan.totalSen, refundSen };
  }

  async issue(uow: UnitOfWork, raw: CreditNoteInput): Promise<Invoice> {
    const input = creditNoteInputSchema.parse(raw);
    const clinicDate = uow.clock.today();
    await assertDayOpen(uow, clinicDate);
    const plan = await this.plan(uow, input);
    const { record } = plan;
    if (plan.dueBackSen > 0 && !input.refund) throw new AppError('REFUND_METHOD_NEEDED', { amount: ringgit(plan.dueBackSen), fields: ['refund'] });
    const year = clinicDate.slice(0, 4);
    const note: CreditNoteRecord = {
      id: uuidv7(),
      number: humanNumber(`CN-${year}`, await nextInSequence(uow.db, `credit-note:${year}`)),
      invoiceId: record.id,
      clinicDate,
      reason: input.reason,
      amountSen: plan.amountSen,
      taxSen: plan.taxSen,
      totalSen: plan.totalSen,
      issuedBy: uow.actor?.userId ?? null,
      issuedAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(CreditNoteEntity).insert(note);
    await uow.db.getRepository(CreditNoteLineEntity).insert(plan.lines.map((line) => ({ ...line, id: uuidv7(), creditNoteId: note.id })));
    const kinds = new Map((await uow.db.getRepository(InvoiceLineEntity).findBy({ invoiceId: record.id })).map((line) => [line.id, line.kind]));
    await this.ledger.creditNoteIssued(uow, { ...note, portion: record.portion, lines: plan.lines.map((line) => ({ kind: kinds.get(line.invoiceLineId) ?? 'other', amountSen: line.amountSen })) });
    const changes: Pick<InvoiceRecord, 'creditedSen' | 'refundedSen' | 'roundingSen'> = { creditedSen: record.creditedSen + plan.totalSen, refundedSen: record.refundedSen, roundingSen: record.roundingSen };
    let refund: RefundRecord | null = null;
    if (plan.dueBackSen > 0 && input.refund) {
      const cash = input.refund.method === 'cash';
      const amountSen = cash ? cashBack(plan.dueBackSen) : plan.dueBackSen;
      refund = {
        id: uuidv7(),
        creditNoteId: note.id,
        invoiceId: record.id,
        method: input.refund.method,
        amountSen,
        roundingSen: amountSen - plan.dueBackSen,
        reference: input.refund.reference,
        // Cash leaves a drawer, so it needs the issuer's open till; other methods go back through the bank.
        sessionId: cash ? await this.sessions.requireOpen(uow) : await this.sessions.openOf(uow),
        clinicDate,
        refundedBy: uow.actor?.userId ?? null,
        refundedAt: note.issuedAt,
      };
      await uow.db.getRepository(RefundEntity).insert(refund);
      await this.ledger.refundPaid(uow, { ...refund, creditNoteNumber: note.number, portion: record.portion });
      changes.refundedSen += amountSen;
      changes.roundingSen -= refund.roundingSen;
    }
    await uow.db.getRepository(InvoiceEntity).update({ id: record.id }, { ...changes, status: settledStatus({ ...record, ...changes }) });
    await uow.audit({
      action: 'invoice.credit',
      entity: 'invoice',
      entityId: record.id,
      before: { creditedSen: record.creditedSen, status: record.status },
      after: { number: note.number, invoice: record.number, patientId: record.patientId, totalSen: note.totalSen, reason: note.reason, refund: refund ? `${refund.method} ${refund.amountSen}` : null },
    });
    return this.invoices.get(uow, record.id);
  }

  /** What the credit asked for comes to, line by line, and what would be owed back: refused if more is credited than was charged. */
  private async plan(uow: UnitOfWork, input: Pick<ReturnType<typeof creditNoteInputSchema.parse>, 'invoiceId' | 'lines'>): Promise<CreditPlan> {
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id: input.invoiceId });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id: input.invoiceId });
    if (record.status === 'void') throw new AppError('INVOICE_NOT_PAYABLE', { number: record.number, status: record.status });
    const invoiceLines = new Map((await uow.db.getRepository(InvoiceLineEntity).findBy({ invoiceId: record.id })).map((line) => [line.id, line]));
    const creditedBefore = await uow.db.getRepository(CreditNoteLineEntity).findBy({ invoiceLineId: In(input.lines.map((line) => line.invoiceLineId)) });
    const lines = input.lines.map(({ invoiceLineId, quantity }) => {
      const line = invoiceLines.get(invoiceLineId);
      if (!line) throw new AppError('NOT_FOUND', { entity: 'invoice line', id: invoiceLineId });
      const creditedQuantity = creditedBefore.filter((credited) => credited.invoiceLineId === invoiceLineId).reduce((sum, credited) => sum + credited.quantity, 0);
      const credit = creditOf({ ...line, creditedQuantity }, quantity);
      if (!credit) throw new AppError('CREDIT_MORE_THAN_CHARGED', { item: line.description, left: line.quantity - creditedQuantity, fields: ['lines'] });
      return { invoiceLineId, quantity, ...credit };
    });
    const amountSen = lines.reduce((sum, line) => sum + line.amountSen, 0);
    const taxSen = lines.reduce((sum, line) => sum + line.taxSen, 0);
    const totalSen = amountSen + taxSen;
    if (totalSen === 0) throw new AppError('CREDIT_NOTHING', { fields: ['lines'] });
    const balanceAfter = balanceOf({ ...record, creditedSen: record.creditedSen + totalSen });
    return { record, lines, amountSen, taxSen, totalSen, dueBackSen: Math.max(-balanceAfter, 0) };
  }
}

/** Cash goes back rounded to 5 sen, as it was taken. */
function cashBack(dueSen: number): number {
  return roundForCash(money(dueSen, 'MYR')).collect.minor;
}

/** The credit notes of these invoices with their lines' descriptions and the refunds made with them: three reads, however many invoices. */
export async function creditNotesOf(uow: UnitOfWork, invoiceIds: readonly string[]): Promise<(CreditNote & { invoiceId: string; issuedBy: string | null })[]> {
  if (invoiceIds.length === 0) return [];
  const notes = await uow.db.getRepository(CreditNoteEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  if (notes.length === 0) return [];
  const noteIds = notes.map((note) => note.id);
  const lines = await uow.db.getRepository(CreditNoteLineEntity).findBy({ creditNoteId: In(noteIds) });
  const described = new Map((await uow.db.getRepository(InvoiceLineEntity).findBy({ id: In(lines.map((line) => line.invoiceLineId)) })).map((line) => [line.id, line.description]));
  const refunds = await uow.db.getRepository(RefundEntity).findBy({ creditNoteId: In(noteIds) });
  return notes.map((note) => ({
    ...note,
    issuedByName: null,
    lines: lines.filter((line) => line.creditNoteId === note.id).map(({ invoiceLineId, quantity, amountSen, taxSen }) => ({ invoiceLineId, description: described.get(invoiceLineId) ?? '', quantity, amountSen, taxSen })),
    refunds: refunds.filter((refund) => refund.creditNoteId === note.id).map(({ method, amountSen, roundingSen, reference }) => ({ method, amountSen, roundingSen, reference })),
  }));
}
