import { z } from 'zod';
import { idSchema } from './common';

/**
 * LHDN MyInvois e-invoices: the clinic's identifiers and switches (a settings section), the buyer
 * of an individual e-invoice, and the records the API answers with. Formats follow the MyInvois
 * SDK's data dictionary (see src/main/modules/einvoice/SOURCE.md).
 */

export const EINVOICE_ENVIRONMENTS = ['sandbox', 'production'] as const;
export type EinvoiceEnvironment = (typeof EINVOICE_ENVIRONMENTS)[number];

/**
 * A TIN as LHDN issues them: a prefix for the kind of taxpayer (IG an individual, C a company, …,
 * EI the general-public placeholders) and digits; at most 14 characters.
 */
export const TIN_PATTERN = /^(IG|C|CS|D|E|F|FA|PT|TA|TC|TN|TR|TP|J|LE|EI)\d{8,12}$/;
export const tinSchema = z.string().trim().toUpperCase().max(14).regex(TIN_PATTERN);

/** The SDK's state code list: 01 Johor … 14 Kuala Lumpur, 15 Labuan, 16 Putrajaya, 17 not applicable (a foreign address). */
export const STATE_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17'] as const;

/** LHDN's classification list: 022 "Others" fits a GP's consultation and medicines; 020 is medical examination or vaccination. */
export const DEFAULT_CLASSIFICATION_CODE = '022';

const optionalText = (max: number) => z.string().trim().max(max);

export const einvoiceAddressSchema = z.object({
  line: z.string().trim().min(1).max(150),
  city: z.string().trim().min(1).max(50),
  postcode: z.string().trim().max(10),
  stateCode: z.enum(STATE_CODES),
  /** ISO 3166-1 alpha-3 (MYS), as the SDK's country list. */
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/),
});
export type EinvoiceAddress = z.infer<typeof einvoiceAddressSchema>;

/**
 * The clinic's e-invoice settings. Identifiers may stay empty until the clinic registers; building
 * a document says which are missing. Submission stays off until the clinic turns it on; the client
 * secret is never here: it is kept in the OS keychain.
 */
export const einvoiceSettingsSchema = z.object({
  submissionEnabled: z.boolean(),
  environment: z.enum(EINVOICE_ENVIRONMENTS),
  clientId: optionalText(100),
  tin: z.union([z.literal(''), tinSchema]),
  /** The business registration number: the new 12-digit SSM format. */
  brn: z.string().trim().regex(/^(\d{12})?$/),
  /** Empty when the clinic is not registered for SST ("NA" on the document). */
  sstNo: optionalText(35),
  msicCode: z.string().trim().regex(/^(\d{5})?$/),
  activityDescription: optionalText(300),
  email: z.union([z.literal(''), z.email().max(320)]),
  phone: z.string().trim().regex(/^(\+?[0-9 -]{8,20})?$/),
  address: z.object({ line: optionalText(150), city: optionalText(50), postcode: optionalText(10), stateCode: z.enum(STATE_CODES) }),
  classificationCode: z.string().regex(/^\d{3}$/),
});
export type EinvoiceSettings = z.infer<typeof einvoiceSettingsSchema>;

export const DEFAULT_EINVOICE_SETTINGS: EinvoiceSettings = {
  submissionEnabled: false,
  environment: 'sandbox',
  clientId: '',
  tin: '',
  brn: '',
  sstNo: '',
  msicCode: '86201',
  activityDescription: 'General medical practice activities',
  email: '',
  phone: '',
  address: { line: '', city: '', postcode: '', stateCode: '14' },
  classificationCode: DEFAULT_CLASSIFICATION_CODE,
};

/** How the buyer of an individual e-invoice is identified besides the TIN (the SDK's scheme IDs). */
export const BUYER_ID_TYPES = ['NRIC', 'PASSPORT', 'BRN', 'ARMY'] as const;
export type BuyerIdType = (typeof BUYER_ID_TYPES)[number];

/** A patient who asks for their own e-invoice (or their parent), or a panel company. */
export const einvoiceBuyerSchema = z
  .object({
    name: z.string().trim().min(2).max(300),
    tin: tinSchema,
    idType: z.enum(BUYER_ID_TYPES),
    idNo: z.string().trim().toUpperCase().min(3).max(30),
    sstNo: optionalText(35),
    email: z.union([z.literal(''), z.email().max(320)]),
    phone: z.string().trim().regex(/^\+?[0-9 -]{8,20}$/),
    address: einvoiceAddressSchema,
  })
  .refine((buyer) => buyer.idType !== 'NRIC' || /^\d{12}$/.test(buyer.idNo.replace(/-/g, '')), { path: ['idNo'], message: 'format' })
  .refine((buyer) => buyer.idType !== 'BRN' || /^\d{12}$/.test(buyer.idNo), { path: ['idNo'], message: 'format' });
export type EinvoiceBuyer = z.infer<typeof einvoiceBuyerSchema>;

export const EINVOICE_KINDS = ['individual', 'consolidated'] as const;
export type EinvoiceKind = (typeof EINVOICE_KINDS)[number];

/** draft: built, not sent; submitted: MyInvois took it for validation; valid / invalid: its verdict; rejected: refused at submission. */
export const EINVOICE_STATUSES = ['draft', 'submitted', 'valid', 'invalid', 'rejected'] as const;
export type EinvoiceStatus = (typeof EINVOICE_STATUSES)[number];

/** A clinic month, YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const buildConsolidatedInputSchema = z.object({ month: monthSchema });
export const buildIndividualInputSchema = z.object({ invoiceId: idSchema, buyer: einvoiceBuyerSchema });
export type BuildIndividualInput = z.input<typeof buildIndividualInputSchema>;
export const einvoiceDocumentInputSchema = z.object({ documentId: idSchema });
export const setEinvoiceSecretInputSchema = z.object({ clientSecret: z.string().trim().min(8).max(200) });

/** One message of MyInvois's answer: why a document was rejected or found invalid. */
export interface EinvoiceValidationMessage {
  code: string;
  message: string;
  target: string | null;
  path: string | null;
}

export interface EinvoiceDocument {
  id: string;
  kind: EinvoiceKind;
  codeNumber: string;
  /** The clinic month a consolidated e-invoice covers. */
  period: string | null;
  invoices: { id: string; number: string }[];
  buyerName: string;
  buyerTin: string;
  lineCount: number;
  totalExcludingTaxSen: number;
  taxSen: number;
  totalSen: number;
  status: EinvoiceStatus;
  submissionUid: string | null;
  documentUuid: string | null;
  longId: string | null;
  messages: EinvoiceValidationMessage[];
  documentHash: string;
  createdAt: string;
  createdByName: string | null;
  submittedAt: string | null;
  submittedByName: string | null;
  checkedAt: string | null;
}

/** A sale that must have an e-invoice of its own: above RM 10,000 (from 1 January 2026). */
export interface EinvoiceOwnRequired {
  invoiceId: string;
  number: string;
  clinicDate: string;
  billTo: string;
  totalSen: number;
  document: { id: string; status: EinvoiceStatus } | null;
}

/** What the month's consolidated e-invoice would hold now, before it is built. */
export interface EinvoiceMonth {
  month: string;
  /** Seven days after the month ends. */
  dueBy: string;
  plan: { sales: number; lines: number; totalSen: number; taxSen: number };
  consolidated: EinvoiceDocument[];
  individual: EinvoiceDocument[];
  ownRequired: EinvoiceOwnRequired[];
  submission: { enabled: boolean; environment: EinvoiceEnvironment; secretStored: boolean };
}
