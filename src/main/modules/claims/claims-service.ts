import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ringgit } from '../../../shared/ringgit';
import type { AgingRow, ClaimBatch, ClaimBatchSummary, CreateClaimBatchInput, RecordClaimPaymentInput, UnclaimedPanel } from '../../../shared/schemas/claims';
import { createClaimBatchInputSchema, recordClaimPaymentInputSchema } from '../../../shared/schemas/claims';
import type { Panel } from '../../../shared/schemas/panels';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import type { PanelBilling } from '../billing';
import type { PanelsService } from '../panels';
import { agingReport } from './aging';
import type { ClaimReader } from './claim-reader';
import { ClaimBatchEntity, ClaimEntity, ClaimReceiptEntity, ClaimSettlementEntity, type ClaimBatchRecord, type ClaimRecord, type ClaimSettlementRecord } from './entities';

/** The date `days` after a clinic date. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A claim's status from what the panel has settled of it. */
function statusOf(claim: Pick<ClaimRecord, 'claimedSen' | 'paidSen' | 'deductedSen' | 'rejectedSen'>): ClaimRecord['status'] {
  const settled = claim.paidSen + claim.deductedSen + claim.rejectedSen;
  if (settled === 0) return 'submitted';
  if (claim.rejectedSen === claim.claimedSen) return 'rejected';
  return settled === claim.claimedSen && claim.rejectedSen === 0 ? 'paid' : 'part-paid';
}

/**
 * Panel claims: the panel invoices waiting to be claimed, by panel and month; a claim batch per
 * panel and period (the panel's statement); the panel's payments matched to its claims — paid,
 * kept back (a TPA's fee) or rejected with the reason; and what each panel still owes, by age.
 */
export class ClaimsService {
  constructor(
    private readonly panelBilling: PanelBilling,
    private readonly panels: PanelsService,
    private readonly reader: ClaimReader,
    private readonly ledger: LedgerService,
  ) {}

  /** What waits to be claimed, per panel and month, with the day the oldest claim must reach the panel by. */
  async unclaimed(uow: UnitOfWork): Promise<UnclaimedPanel[]> {
    const panels = await this.panelsById(uow);
    const result = new Map<string, UnclaimedPanel>();
    for (const bill of await this.panelBilling.openBills(uow, null)) {
      const panel = panels.get(bill.panelId);
      if (bill.claimedBatchId || !panel) continue;
      const entry = result.get(panel.id) ?? { panelId: panel.id, panelCode: panel.code, panelName: panel.name, periods: [] };
      const period = bill.clinicDate.slice(0, 7);
      let row = entry.periods.find((candidate) => candidate.period === period);
      if (!row) {
        // Bills come oldest first: the first of a month is its oldest.
        row = { period, invoices: 0, coveredSen: 0, oldestDate: bill.clinicDate, deadline: addDays(bill.clinicDate, panel.claimDeadlineDays) };
        entry.periods.push(row);
      }
      row.invoices += 1;
      row.coveredSen += bill.coveredSen;
      result.set(panel.id, entry);
    }
    return [...result.values()].sort((a, b) => a.panelName.localeCompare(b.panelName));
  }

  /** Gathers the period's unclaimed invoices of the panel into a numbered batch: its statement. */
  async createBatch(uow: UnitOfWork, raw: CreateClaimBatchInput): Promise<ClaimBatch> {
    const input = createClaimBatchInputSchema.parse(raw);
    const panel = await this.panels.get(uow, input.panelId);
    const bills = (await this.panelBilling.openBills(uow, panel.id)).filter((bill) => !bill.claimedBatchId && bill.clinicDate.startsWith(`${input.period}-`));
    if (bills.length === 0) throw new AppError('CLAIM_NOTHING_TO_CLAIM', { period: input.period, panel: panel.name });
    const year = uow.clock.today().slice(0, 4);
    const batch: ClaimBatchRecord = {
      id: uuidv7(),
      number: humanNumber(`CLM-${year}`, await nextInSequence(uow.db, `claim-batch:${year}`)),
      panelId: panel.id,
      period: input.period,
      claimedSen: bills.reduce((sum, bill) => sum + bill.coveredSen, 0),
      createdBy: uow.actor?.userId ?? null,
      createdAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(ClaimBatchEntity).insert(batch);
    const claims: ClaimRecord[] = bills.map((bill, position) => ({
      id: uuidv7(),
      batchId: batch.id,
      invoiceId: bill.invoiceId,
      position,
      claimedSen: bill.coveredSen,
      paidSen: 0,
      deductedSen: 0,
      rejectedSen: 0,
      rejectReason: null,
      status: 'submitted',
    }));
    await uow.db.getRepository(ClaimEntity).insert(claims);
    await this.panelBilling.markClaimed(uow, bills.map((bill) => bill.invoiceId), batch.id);
    await uow.audit({ action: 'claimBatch.create', entity: 'claim', entityId: batch.id, after: { number: batch.number, panel: panel.code, period: batch.period, claims: claims.length, claimedSen: batch.claimedSen } });
    return this.batch(uow, batch.id);
  }

  /** The batches, newest first; of one panel, or all. */
  async batches(uow: UnitOfWork, panelId: string | null): Promise<ClaimBatchSummary[]> {
    const records = await uow.db.getRepository(ClaimBatchEntity).find({ where: panelId ? { panelId } : {}, order: { createdAt: 'DESC', id: 'DESC' } });
    if (records.length === 0) return [];
    const claims = await uow.db.getRepository(ClaimEntity).findBy({ batchId: In(records.map((record) => record.id)) });
    const panels = await this.panelsById(uow);
    return records.map((record) => summaryOf(record, panels.get(record.panelId)?.name ?? '', claims.filter((claim) => claim.batchId === record.id)));
  }

  /** A batch with its claims as the panel's statement lists them, and the payments received against it. */
  async batch(uow: UnitOfWork, id: string): Promise<ClaimBatch> {
    const record = await uow.db.getRepository(ClaimBatchEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'claimBatch', id });
    const panel = await this.panels.get(uow, record.panelId);
    const claims = await uow.db.getRepository(ClaimEntity).find({ where: { batchId: id }, order: { position: 'ASC' } });
    const byInvoice = new Map(claims.map((claim) => [claim.invoiceId, claim]));
    // A claimed invoice is never voided, so the batch's bills are all among the panel's open ones.
    const bills = (await this.panelBilling.openBills(uow, panel.id)).filter((bill) => byInvoice.has(bill.invoiceId));
    bills.sort((a, b) => (byInvoice.get(a.invoiceId)?.position ?? 0) - (byInvoice.get(b.invoiceId)?.position ?? 0));
    const receipts = await uow.db.getRepository(ClaimReceiptEntity).find({ where: { batchId: id }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return {
      ...summaryOf(record, panel.name, claims),
      panelCode: panel.code,
      claimList: await this.reader.read(uow, bills, byInvoice),
      receipts: receipts.map(({ id: receiptId, receivedOn, reference, amountSen, recordedAt }) => ({ id: receiptId, receivedOn, reference, amountSen, recordedAt })),
    };
  }

  /**
   * Records the panel's payment advice against a batch: for each claim named, what was paid, kept
   * back and rejected (with the reason). Together they never exceed what is still outstanding on
   * the claim; the receipt's amount is what the panel paid.
   */
  async recordPayment(uow: UnitOfWork, raw: RecordClaimPaymentInput): Promise<ClaimBatch> {
    const input = recordClaimPaymentInputSchema.parse(raw);
    const batch = await uow.db.getRepository(ClaimBatchEntity).findOneBy({ id: input.batchId });
    if (!batch) throw new AppError('NOT_FOUND', { entity: 'claimBatch', id: input.batchId });
    const claims = new Map((await uow.db.getRepository(ClaimEntity).findBy({ batchId: batch.id })).map((claim) => [claim.id, claim]));
    const receiptId = uuidv7();
    const settlements: ClaimSettlementRecord[] = [];
    for (const line of input.settlements) {
      const claim = claims.get(line.claimId);
      if (!claim) throw new AppError('NOT_FOUND', { entity: 'claim', id: line.claimId });
      const outstanding = claim.claimedSen - claim.paidSen - claim.deductedSen - claim.rejectedSen;
      if (line.paidSen + line.deductedSen + line.rejectedSen > outstanding) throw new AppError('CLAIM_SETTLEMENT_TOO_MUCH', { claim: claim.position + 1, outstanding: ringgit(outstanding), fields: ['settlements'] });
      const reason = line.rejectedSen > 0 ? line.reason : null;
      settlements.push({ id: uuidv7(), receiptId, claimId: claim.id, paidSen: line.paidSen, deductedSen: line.deductedSen, rejectedSen: line.rejectedSen, reason });
      const after = { paidSen: claim.paidSen + line.paidSen, deductedSen: claim.deductedSen + line.deductedSen, rejectedSen: claim.rejectedSen + line.rejectedSen, rejectReason: reason ?? claim.rejectReason };
      await uow.db.getRepository(ClaimEntity).update({ id: claim.id }, { ...after, status: statusOf({ ...claim, ...after }) });
    }
    const amountSen = settlements.reduce((sum, line) => sum + line.paidSen, 0);
    await uow.db.getRepository(ClaimReceiptEntity).insert({ id: receiptId, batchId: batch.id, receivedOn: input.receivedOn, reference: input.reference, amountSen, recordedBy: uow.actor?.userId ?? null, recordedAt: uow.now.toISOString() });
    await uow.db.getRepository(ClaimSettlementEntity).insert(settlements);
    const sum = (part: 'deductedSen' | 'rejectedSen') => settlements.reduce((total, line) => total + line[part], 0);
    await this.ledger.panelPaymentReceived(uow, { id: receiptId, reference: `${batch.number} ${input.reference}`, paidSen: amountSen, deductedSen: sum('deductedSen'), rejectedSen: sum('rejectedSen') });
    await uow.audit({ action: 'claim.payment', entity: 'claim', entityId: receiptId, after: { batch: batch.number, reference: input.reference, receivedOn: input.receivedOn, paidSen: amountSen, deductedSen: sum('deductedSen'), rejectedSen: sum('rejectedSen'), claims: settlements.length } });
    return this.batch(uow, batch.id);
  }

  /** What each panel still owes, claimed or not, by the age of the invoice (today on the clinic's clock). */
  async aging(uow: UnitOfWork): Promise<AgingRow[]> {
    const panels = await this.panelsById(uow);
    const bills = await this.panelBilling.openBills(uow, null);
    const claimed = bills.filter((bill) => bill.claimedBatchId).map((bill) => bill.invoiceId);
    const claims = new Map(claimed.length === 0 ? [] : (await uow.db.getRepository(ClaimEntity).findBy({ invoiceId: In(claimed) })).map((claim) => [claim.invoiceId, claim]));
    const owed = bills.map((bill) => {
      const claim = claims.get(bill.invoiceId);
      const panel = panels.get(bill.panelId);
      const settled = claim ? claim.paidSen + claim.deductedSen + claim.rejectedSen : 0;
      return { panelId: bill.panelId, panelCode: panel?.code ?? '', panelName: panel?.name ?? '', clinicDate: bill.clinicDate, outstandingSen: bill.coveredSen - settled };
    });
    return agingReport(owed, uow.clock.today());
  }

  private async panelsById(uow: UnitOfWork): Promise<Map<string, Panel>> {
    return new Map((await this.panels.list(uow)).map((panel) => [panel.id, panel]));
  }
}

function summaryOf(record: ClaimBatchRecord, panelName: string, claims: readonly ClaimRecord[]): ClaimBatchSummary {
  const sum = (part: 'paidSen' | 'deductedSen' | 'rejectedSen') => claims.reduce((total, claim) => total + claim[part], 0);
  const paidSen = sum('paidSen');
  const deductedSen = sum('deductedSen');
  const rejectedSen = sum('rejectedSen');
  return {
    id: record.id,
    number: record.number,
    panelId: record.panelId,
    panelName,
    period: record.period,
    claimedSen: record.claimedSen,
    paidSen,
    deductedSen,
    rejectedSen,
    outstandingSen: record.claimedSen - paidSen - deductedSen - rejectedSen,
    claims: claims.length,
    createdAt: record.createdAt,
  };
}
