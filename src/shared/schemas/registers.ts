import { z } from 'zod';
import { LEGAL_CLASSES } from '../pharmacy/legal-classes';
import { clinicDateSchema } from './appointments';
import { idSchema } from './common';

/** A date range of a register, both days included. */
const range = { from: clinicDateSchema, to: clinicDateSchema };
const inOrder = (input: { from: string; to: string }) => input.from <= input.to;
const notInOrder = { message: 'from is after to', path: ['to'] };

export const registerRangeSchema = z.object(range).refine(inOrder, notInOrder);
export const dangerousDrugsInputSchema = z.object({ medicineId: idSchema, ...range }).refine(inOrder, notInOrder);

export const REGISTER_KINDS = ['prescription-book', 'psychotropic', 'dangerous-drugs'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const printRegisterInputSchema = z
  .discriminatedUnion('register', [
    z.object({ register: z.literal('prescription-book'), ...range }),
    z.object({ register: z.literal('psychotropic'), ...range }),
  ])
  .refine(inOrder, notInOrder);
export type PrintRegisterInput = z.infer<typeof printRegisterInputSchema>;

/**
 * One supply of a medicine as the dispensing hands it to the registers (Poisons Act 1952 s24):
 * the patient's address is required when there is no prescription (an over-the-counter sale of a
 * Group C poison), a repeat names the serial of the first entry.
 */
export const registerSupplySchema = z
  .object({
    date: clinicDateSchema,
    medicineId: idSchema,
    medicineLabel: z.string().trim().min(1).max(300),
    legalClass: z.enum(LEGAL_CLASSES),
    quantity: z.number().int().positive().max(1_000_000),
    unit: z.string().trim().min(1).max(40),
    patientName: z.string().trim().min(1).max(200),
    patientAddress: z.string().trim().max(500).nullable(),
    prescriberName: z.string().trim().max(200).nullable(),
    prescriptionRef: z.string().trim().max(100).nullable(),
    repeatOf: z.string().trim().max(40).nullable(),
    dispensedBy: z.string().trim().min(1).max(200),
    dispensingId: idSchema,
    dispensingLineId: idSchema,
  });
export type RegisterSupply = z.infer<typeof registerSupplySchema>;

/** What the registers wrote for one supply: the Prescription Book serial (null for an over-the-counter medicine) and the psychotropic register's. */
export interface RegisterReceipt {
  serial: string | null;
  psychotropicSerial: string | null;
}

/** One Prescription Book (or psychotropic register) entry as shown and printed. */
export interface RegisterEntry {
  id: string;
  serial: string;
  /** For a psychotropic entry, the Prescription Book serial of the same supply. */
  bookSerial: string | null;
  date: string;
  medicineId: string;
  medicineLabel: string;
  legalClass: string;
  quantity: number;
  unit: string;
  patientName: string;
  patientAddress: string | null;
  prescriberName: string | null;
  prescriptionRef: string | null;
  repeatOf: string | null;
  dispensedBy: string;
  cancelledAt: string | null;
  cancelReason: string | null;
}

/** One line of a dangerous drug's running balance, as copied into the bound register. */
export interface DangerousDrugRow {
  date: string;
  /** What moved: a receipt, a supply (dispensing), an adjustment… */
  kind: string;
  /** Who received it (a supplier, a patient) or why it changed, as the movement's reference says. */
  particulars: string;
  batchNo: string;
  received: number;
  issued: number;
  balance: number;
}

export interface DangerousDrugBalance {
  medicineId: string;
  openingBalance: number;
  rows: DangerousDrugRow[];
  closingBalance: number;
}

export interface RegisterPdf {
  fileName: string;
  pdfBase64: string;
}
