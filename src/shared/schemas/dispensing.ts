import { z } from 'zod';
import type { LegalClass } from '../pharmacy/legal-classes';
import { idSchema } from './common';
import type { PrescriptionFinding } from './prescriptions';
import { typedTextSchema } from './typed-text';

const wholeQuantity = z.number().int().positive().max(100_000);
const reasonSchema = typedTextSchema.trim().min(3).max(300);

/** The batches a line comes from when the dispenser picked them; FEFO decides otherwise. */
const takesSchema = z.array(z.object({ batchId: idSchema, quantity: wholeQuantity })).min(1).max(20);

export const dispenseLineSchema = z.object({
  prescriptionLineId: idSchema,
  /** Whole dispensing units handed over now; less than owed leaves the rest owed. */
  quantity: wholeQuantity,
  takes: takesSchema.nullish().transform((value) => value ?? null),
  /** Required when `takes` is not what FEFO would take (another batch than the earliest expiry). */
  batchReason: reasonSchema.nullish().transform((value) => value ?? null),
});

export const dispenseInputSchema = z.object({
  visitId: idSchema,
  lines: z.array(dispenseLineSchema).min(1).max(50),
  /** The safety checks found something at dispensing: the dispenser saw it and goes ahead. */
  findingsSeen: z.boolean().default(false),
});
export type DispenseInput = z.input<typeof dispenseInputSchema>;

export const saleLineSchema = z.object({
  medicineId: idSchema,
  quantity: wholeQuantity,
  takes: takesSchema.nullish().transform((value) => value ?? null),
  batchReason: reasonSchema.nullish().transform((value) => value ?? null),
  /** Directions for the label, as the pharmacist says them. */
  directions: typedTextSchema.trim().max(200).default(''),
});

/** An over-the-counter sale to a walk-in buyer: no visit, no prescription. */
export const saleInputSchema = z.object({
  buyer: z.object({
    patientId: idSchema.nullish().transform((value) => value ?? null),
    name: typedTextSchema.trim().min(2).max(120),
    /** Poisons Act s24: a poison supplied without a prescription is entered with the buyer's address. */
    address: typedTextSchema.trim().max(300).nullish().transform((value) => (value ? value : null)),
  }),
  lines: z.array(saleLineSchema).min(1).max(30),
});
export type SaleInput = z.input<typeof saleInputSchema>;

export const dispensingIdInputSchema = z.object({ dispensingId: idSchema });

/** One batch's share of a line, as the screen shows it. */
export interface BatchShare {
  batchId: string;
  batchNo: string;
  expiryDate: string;
  quantity: number;
}

/** A batch the dispenser may choose instead of FEFO's. */
export interface BatchChoice {
  batchId: string;
  batchNo: string;
  expiryDate: string;
  onHand: number;
}

/** A visit waiting at the dispensary: finished, with in-house medicines not all handed over. */
export interface DispensaryVisit {
  visitId: string;
  ticketNo: string;
  patientName: string;
  mrn: string;
  issuedAt: string;
  linesOwed: number;
  /** Some were handed over before and the rest are owed (out of stock then). */
  partlyDispensed: boolean;
}

export interface DispensingLineView {
  prescriptionLineId: string;
  medicineId: string;
  medicineLabel: string;
  legalClass: LegalClass;
  /** Doses in words, as the label prints them. */
  directions: { en: string; ms: string };
  instructions: string;
  unit: string;
  prescribed: number;
  dispensed: number;
  owed: number;
  usableOnHand: number;
  /** FEFO's batches for what is owed; `shortBy` > 0 when stock cannot cover it. */
  plan: { takes: BatchShare[]; shortBy: number };
  batches: BatchChoice[];
  /** The checks run again now, against the patient's record as it is today. */
  findings: PrescriptionFinding[];
  /** What the prescriber was shown, and why they went ahead. */
  prescribedFindings: PrescriptionFinding[];
  overrideReason: string | null;
  prescriberName: string | null;
  unitPriceSen: number | null;
}

export interface DispensingView {
  visitId: string;
  ticketNo: string;
  clinicDate: string;
  patient: { id: string; name: string; mrn: string; allergies: string[] };
  lines: DispensingLineView[];
  /** Earlier dispensings of this visit, for reprinting labels. */
  dispensings: { id: string; at: string; byName: string | null; lines: number }[];
}

export interface DispensedLine {
  id: string;
  medicineLabel: string;
  quantity: number;
  unit: string;
  takes: BatchShare[];
  /** The Prescription Book entry's serial; null for an over-the-counter item (not a poison). */
  registerSerial: string | null;
}

export interface DispensingResult {
  dispensingId: string;
  lines: DispensedLine[];
  /** Lines still owed after this dispensing (out of stock): an outside prescription can be printed. */
  owedLines: number;
  handedTo: string | null;
}
