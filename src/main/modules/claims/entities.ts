import { EntitySchema } from 'typeorm';
import type { ClaimStatus } from '../../../shared/schemas/claims';

/** The statement of one panel's claims for a period, as sent to the panel. */
export interface ClaimBatchRecord {
  id: string;
  number: string;
  panelId: string;
  period: string;
  claimedSen: number;
  createdBy: string | null;
  createdAt: string;
}

export const ClaimBatchEntity = new EntitySchema<ClaimBatchRecord>({
  name: 'ClaimBatch',
  tableName: 'claim_batches',
  columns: {
    id: { type: 'text', primary: true },
    number: { type: 'text' },
    panelId: { type: 'text', name: 'panel_id' },
    period: { type: 'text' },
    claimedSen: { type: 'integer', name: 'claimed_sen' },
    createdBy: { type: 'text', name: 'created_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** One panel invoice claimed in a batch, and what the panel has paid, kept back or refused of it so far. */
export interface ClaimRecord {
  id: string;
  batchId: string;
  invoiceId: string;
  position: number;
  claimedSen: number;
  paidSen: number;
  deductedSen: number;
  rejectedSen: number;
  rejectReason: string | null;
  status: Exclude<ClaimStatus, 'unclaimed'>;
}

export const ClaimEntity = new EntitySchema<ClaimRecord>({
  name: 'Claim',
  tableName: 'claims',
  columns: {
    id: { type: 'text', primary: true },
    batchId: { type: 'text', name: 'batch_id' },
    invoiceId: { type: 'text', name: 'invoice_id' },
    position: { type: 'integer' },
    claimedSen: { type: 'integer', name: 'claimed_sen' },
    paidSen: { type: 'integer', name: 'paid_sen' },
    deductedSen: { type: 'integer', name: 'deducted_sen' },
    rejectedSen: { type: 'integer', name: 'rejected_sen' },
    rejectReason: { type: 'text', name: 'reject_reason', nullable: true },
    status: { type: 'text' },
  },
});

/** A payment the panel made against a batch (its payment advice); never deleted. */
export interface ClaimReceiptRecord {
  id: string;
  batchId: string;
  receivedOn: string;
  reference: string;
  amountSen: number;
  recordedBy: string | null;
  recordedAt: string;
}

export const ClaimReceiptEntity = new EntitySchema<ClaimReceiptRecord>({
  name: 'ClaimReceipt',
  tableName: 'claim_receipts',
  columns: {
    id: { type: 'text', primary: true },
    batchId: { type: 'text', name: 'batch_id' },
    receivedOn: { type: 'text', name: 'received_on' },
    reference: { type: 'text' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    recordedBy: { type: 'text', name: 'recorded_by', nullable: true },
    recordedAt: { type: 'text', name: 'recorded_at' },
  },
});

/** What one payment advice said of one claim: paid, kept back (a TPA's fee), rejected with the reason. */
export interface ClaimSettlementRecord {
  id: string;
  receiptId: string;
  claimId: string;
  paidSen: number;
  deductedSen: number;
  rejectedSen: number;
  reason: string | null;
}

export const ClaimSettlementEntity = new EntitySchema<ClaimSettlementRecord>({
  name: 'ClaimSettlement',
  tableName: 'claim_settlements',
  columns: {
    id: { type: 'text', primary: true },
    receiptId: { type: 'text', name: 'receipt_id' },
    claimId: { type: 'text', name: 'claim_id' },
    paidSen: { type: 'integer', name: 'paid_sen' },
    deductedSen: { type: 'integer', name: 'deducted_sen' },
    rejectedSen: { type: 'integer', name: 'rejected_sen' },
    reason: { type: 'text', nullable: true },
  },
});
