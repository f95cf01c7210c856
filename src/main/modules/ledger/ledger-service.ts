import { v7 as uuidv7 } from 'uuid';
import type { LedgerSourceKind } from '../../../shared/schemas/ledger';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { StockService } from '../stock';
import { LedgerEntryEntity, LedgerLineEntity, type LedgerEntryRecord, type LedgerLineRecord } from './entities';
import { creditNoteIssued, depositRefunded, depositTaken, goodsReceived, invoiceIssued, isBalanced, type IssuedCreditNote, type IssuedInvoice, medicinesDispensed, panelPaymentReceived, type Posting, receiptTaken, refundPaid, returnedToSupplier, reversalOf, type TakenReceipt } from './postings';

/**
 * The books: every entry posted inside the unit of work of what it records (an invoice issued, a
 * payment taken…), so the sale and its entry commit or roll back together. Entries are never
 * edited; a void posts the reversing entry. Each module hands over what it just wrote, and the
 * posting rules (postings.ts) turn it into debits and credits.
 */
export class LedgerService {
  constructor(private readonly stock: StockService) {}

  /** Posts a balanced entry dated today; anything else is refused as LEDGER_UNBALANCED (and the store refuses it too). */
  async post(uow: UnitOfWork, posting: Posting, reversesId: string | null = null): Promise<string> {
    if (!isBalanced(posting.lines)) throw new AppError('LEDGER_UNBALANCED', { source: posting.sourceKind, memo: posting.memo });
    const entry: LedgerEntryRecord = {
      id: uuidv7(),
      clinicDate: uow.clock.today(),
      postedAt: uow.now.toISOString(),
      postedBy: uow.actor?.userId ?? null,
      sourceKind: posting.sourceKind,
      sourceId: posting.sourceId,
      memo: posting.memo,
      totalSen: posting.lines.reduce((sum, line) => sum + line.debitSen, 0),
      reversesId,
    };
    const lines: LedgerLineRecord[] = posting.lines.map((line, position) => ({ id: uuidv7(), entryId: entry.id, position, ...line }));
    // Lines first: the store checks the entry against its lines as the entry is written.
    await uow.db.getRepository(LedgerLineEntity).insert(lines);
    await uow.db.getRepository(LedgerEntryEntity).insert(entry);
    return entry.id;
  }

  async invoiceIssued(uow: UnitOfWork, invoice: IssuedInvoice): Promise<void> {
    await this.postIfAnything(uow, invoiceIssued(invoice));
  }

  async invoiceVoided(uow: UnitOfWork, invoice: { id: string; number: string }): Promise<void> {
    await this.reverse(uow, { sourceKind: 'invoice', sourceId: invoice.id }, { sourceKind: 'invoice-void', sourceId: invoice.id, memo: invoice.number });
  }

  async receiptTaken(uow: UnitOfWork, receipt: TakenReceipt): Promise<void> {
    await this.postIfAnything(uow, receiptTaken(receipt));
  }

  async receiptVoided(uow: UnitOfWork, receipt: { receiptNo: string; invoiceNumber: string }): Promise<void> {
    await this.reverse(uow, { sourceKind: 'receipt', sourceId: receipt.receiptNo }, { sourceKind: 'receipt-void', sourceId: receipt.receiptNo, memo: `${receipt.receiptNo} ${receipt.invoiceNumber}` });
  }

  async creditNoteIssued(uow: UnitOfWork, note: IssuedCreditNote): Promise<void> {
    await this.postIfAnything(uow, creditNoteIssued(note));
  }

  async refundPaid(uow: UnitOfWork, refund: Parameters<typeof refundPaid>[0]): Promise<void> {
    await this.postIfAnything(uow, refundPaid(refund));
  }

  async depositTaken(uow: UnitOfWork, deposit: Parameters<typeof depositTaken>[0]): Promise<void> {
    await this.postIfAnything(uow, depositTaken(deposit));
  }

  async depositRefunded(uow: UnitOfWork, refund: Parameters<typeof depositRefunded>[0]): Promise<void> {
    await this.postIfAnything(uow, depositRefunded(refund));
  }

  async panelPaymentReceived(uow: UnitOfWork, payment: Parameters<typeof panelPaymentReceived>[0]): Promise<void> {
    await this.postIfAnything(uow, panelPaymentReceived(payment));
  }

  /** The cost of what a dispensing or a sale took from stock, at each batch's own cost. */
  async medicinesDispensed(uow: UnitOfWork, dispensingId: string): Promise<void> {
    await this.postIfAnything(uow, medicinesDispensed({ id: dispensingId, costSen: await this.stock.issuedCostOf(uow, dispensingId) }));
  }

  async goodsReceived(uow: UnitOfWork, delivery: Parameters<typeof goodsReceived>[0]): Promise<void> {
    await this.postIfAnything(uow, goodsReceived(delivery));
  }

  async returnedToSupplier(uow: UnitOfWork, supplierReturn: Parameters<typeof returnedToSupplier>[0]): Promise<void> {
    await this.postIfAnything(uow, returnedToSupplier(supplierReturn));
  }

  /** A record that moves no money (a free follow-up, a delivery of bonus units only) has no entry. */
  private async postIfAnything(uow: UnitOfWork, posting: Posting): Promise<void> {
    if (posting.lines.length > 0) await this.post(uow, posting);
  }

  /**
   * Posts the reversal of what was posted for a record. A record with no entry (it moved no money,
   * or was written before the ledger began) has nothing to reverse; one already reversed is not
   * reversed twice (the store's unique key on reverses_id says so too).
   */
  private async reverse(uow: UnitOfWork, original: { sourceKind: LedgerSourceKind; sourceId: string }, as: Omit<Posting, 'lines'>): Promise<void> {
    const entries = uow.db.getRepository(LedgerEntryEntity);
    const posted = await entries
      .createQueryBuilder('e')
      .where('e.source_kind = :kind AND e.source_id = :id', { kind: original.sourceKind, id: original.sourceId })
      .andWhere('NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)')
      .orderBy('e.posted_at', 'DESC')
      .getOne();
    if (!posted) return;
    const lines = await uow.db.getRepository(LedgerLineEntity).find({ where: { entryId: posted.id }, order: { position: 'ASC' } });
    await this.post(uow, { ...as, lines: reversalOf(lines.map(({ accountCode, debitSen, creditSen }) => ({ accountCode, debitSen, creditSen }))) }, posted.id);
  }
}
