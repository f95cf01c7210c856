import { z } from 'zod';
import type { InvoiceLineKind } from './billing';
import { idSchema } from './common';
import type { PanelRelationship } from './panels';

/** One line of a visit's bill as the panel's claim lists it: the whole item, and who pays how much of it. */
export interface PanelBillLine {
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  unitPriceSen: number;
  /** After its discount, with its tax. */
  totalSen: number;
  coveredSen: number;
  patientSen: number;
}

export const CLAIM_STATUSES = ['unclaimed', 'submitted', 'paid', 'part-paid', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A panel invoice as its claim: everything a panel asks of it, and what became of it. */
export interface Claim {
  /** Null while the invoice waits for its batch. */
  id: string | null;
  invoiceId: string;
  invoiceNumber: string;
  clinicDate: string;
  patientName: string;
  identityNo: string;
  memberNo: string;
  relationship: PanelRelationship;
  doctorName: string | null;
  diagnoses: { code: string; description: string }[];
  /** Days of sick leave on the visit's MC (not cancelled), or null when none was issued. */
  mcDays: number | null;
  items: PanelBillLine[];
  billTotalSen: number;
  coveredSen: number;
  patientSen: number;
  paidSen: number;
  deductedSen: number;
  rejectedSen: number;
  rejectReason: string | null;
  /** Claimed less what was paid, deducted or rejected. */
  outstandingSen: number;
  status: ClaimStatus;
}

export interface ClaimBatchSummary {
  id: string;
  number: string;
  panelId: string;
  panelName: string;
  period: string;
  claimedSen: number;
  paidSen: number;
  deductedSen: number;
  rejectedSen: number;
  outstandingSen: number;
  claims: number;
  createdAt: string;
}

export interface ClaimBatch extends ClaimBatchSummary {
  panelCode: string;
  claimList: Claim[];
  receipts: { id: string; receivedOn: string; reference: string; amountSen: number; recordedAt: string }[];
}

/** What is waiting to be claimed from one panel: the panel invoices not yet in a batch, by month. */
export interface UnclaimedPanel {
  panelId: string;
  panelCode: string;
  panelName: string;
  periods: { period: string; invoices: number; coveredSen: number; oldestDate: string; deadline: string }[];
}

/** Outstanding panel money by how long ago it was invoiced: 0–29, 30–59, 60–89 and 90 or more days. */
export interface AgingRow {
  panelId: string;
  panelCode: string;
  panelName: string;
  currentSen: number;
  days30Sen: number;
  days60Sen: number;
  days90Sen: number;
  totalSen: number;
}

const sen = z.number().int().min(0).max(10_000_000);
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const createClaimBatchInputSchema = z.object({ panelId: idSchema, period: periodSchema });
export type CreateClaimBatchInput = z.input<typeof createClaimBatchInputSchema>;

export const recordClaimPaymentInputSchema = z.object({
  batchId: idSchema,
  receivedOn: z.iso.date(),
  /** The panel's payment advice or the bank transfer's reference. */
  reference: z.string().trim().min(1).max(60),
  settlements: z
    .array(
      z
        .object({
          claimId: idSchema,
          paidSen: sen.default(0),
          /** Kept back by the panel (a TPA's fee per claim): settled, not owed, not rejected. */
          deductedSen: sen.default(0),
          rejectedSen: sen.default(0),
          reason: z.string().trim().max(200).default(''),
        })
        .refine((line) => line.rejectedSen === 0 || line.reason.length >= 3, { path: ['reason'], message: 'a rejection needs its reason' })
        .refine((line) => line.paidSen + line.deductedSen + line.rejectedSen > 0, { path: ['paidSen'], message: 'nothing to record' }),
    )
    .min(1)
    .max(2_000)
    .refine((lines) => new Set(lines.map((line) => line.claimId)).size === lines.length, { message: 'one line a claim' }),
});
export type RecordClaimPaymentInput = z.input<typeof recordClaimPaymentInputSchema>;
