import { EntitySchema } from 'typeorm';
import type { MoneyMethod } from '../../../shared/schemas/billing';

/** Money left on a patient's account at the counter, or given back from it (db/migrations/1799020800000-deposits.ts). */
export interface DepositMovementRecord {
  id: string;
  patientId: string;
  kind: 'taken' | 'refunded';
  /** A deposit taken has a receipt number from the receipts' sequence; a refund has none. */
  receiptNo: string | null;
  method: MoneyMethod;
  /** Taken: what was left. Refunded: what left the drawer or account (cash rounded to 5 sen). */
  amountSen: number;
  /** A cash refund's rounding: given − owed back (+2 when RM 10.03 went back as RM 10.05). */
  roundingSen: number;
  reference: string;
  reason: string | null;
  sessionId: string | null;
  clinicDate: string;
  at: string;
  byUser: string | null;
}

export const DepositMovementEntity = new EntitySchema<DepositMovementRecord>({
  name: 'DepositMovement',
  tableName: 'deposit_movements',
  columns: {
    id: { type: 'text', primary: true },
    patientId: { type: 'text', name: 'patient_id' },
    kind: { type: 'text' },
    receiptNo: { type: 'text', name: 'receipt_no', nullable: true },
    method: { type: 'text' },
    amountSen: { type: 'integer', name: 'amount_sen' },
    roundingSen: { type: 'integer', name: 'rounding_sen' },
    reference: { type: 'text' },
    reason: { type: 'text', nullable: true },
    sessionId: { type: 'text', name: 'session_id', nullable: true },
    clinicDate: { type: 'text', name: 'clinic_date' },
    at: { type: 'text' },
    byUser: { type: 'text', name: 'by_user', nullable: true },
  },
});

/** What a movement did to the deposit: + what was left, − what it owed back (a cash refund's rounding aside). */
export function depositEffect(movement: Pick<DepositMovementRecord, 'kind' | 'amountSen' | 'roundingSen'>): number {
  return movement.kind === 'taken' ? movement.amountSen : -(movement.amountSen - movement.roundingSen);
}
