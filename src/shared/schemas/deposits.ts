import { z } from 'zod';
import { MONEY_METHODS, type MoneyMethod } from './billing';
import { idSchema } from './common';

const sen = z.number().int().min(1).max(10_000_000);

/** Money a patient leaves on account at the counter, paid by cash, card, e-wallet or transfer. */
export const takeDepositInputSchema = z.object({
  patientId: idSchema,
  method: z.enum(MONEY_METHODS),
  amountSen: sen,
  reference: z.string().trim().max(60).default(''),
});
export type TakeDepositInput = z.input<typeof takeDepositInputSchema>;

/** What is left of a deposit, or part of it, given back with the reason. */
export const refundDepositInputSchema = z.object({
  patientId: idSchema,
  method: z.enum(MONEY_METHODS),
  amountSen: sen,
  reference: z.string().trim().max(60).default(''),
  reason: z.string().trim().min(3).max(200),
});
export type RefundDepositInput = z.input<typeof refundDepositInputSchema>;

export const depositReceiptInputSchema = z.object({ receiptNo: z.string().trim().min(1).max(40) });

/** One thing that moved a deposit: money left, money given back, or a payment of an invoice from it. */
export interface DepositMovement {
  id: string;
  kind: 'taken' | 'refunded' | 'applied';
  /** The deposit's receipt, or the receipt of the invoice's payment; null for a refund. */
  receiptNo: string | null;
  invoiceNumber: string | null;
  method: MoneyMethod | null;
  /** What it did to the deposit: + taken, − given back (before cash rounding) or used. */
  amountSen: number;
  /** For cash given back: what left the drawer, rounded to 5 sen. */
  handedSen: number;
  reason: string | null;
  at: string;
  clinicDate: string;
}

/** A patient's deposit: what is left of it, and everything that moved it, oldest first. */
export interface DepositAccount {
  patientId: string;
  balanceSen: number;
  movements: DepositMovement[];
}
