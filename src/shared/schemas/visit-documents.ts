import { z } from 'zod';
import { idSchema } from './common';

/** The longest MC a GP issues in one go; longer leave is a hospital's or a specialist's to give. */
export const MC_MAX_DAYS = 30;

const clinicDate = z.iso.date();
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
const remarks = z.string().trim().max(500).optional();

/**
 * An MC as the doctor asks for it: the days and the dates must agree (checked with the visit's
 * date, refused as MC_DATES_INVALID); the diagnosis prints only when the patient agreed.
 */
export const issueMedicalCertificateInputSchema = z
  .object({
    visitId: idSchema,
    days: z.number().int().min(1).max(MC_MAX_DAYS),
    from: clinicDate,
    to: clinicDate,
    diagnosis: z.string().trim().max(200).nullable(),
    showDiagnosis: z.boolean(),
    remarks,
  })
  .refine((input) => !input.showDiagnosis || Boolean(input.diagnosis), { path: ['diagnosis'], message: 'required' });
export type IssueMedicalCertificateInput = z.infer<typeof issueMedicalCertificateInputSchema>;

/** A time slip: from the check-in (when arrivedAt is left out) to now (leftAt), on the visit's day. */
export const issueTimeSlipInputSchema = z
  .object({ visitId: idSchema, arrivedAt: clockTime.optional(), leftAt: clockTime.optional(), remarks })
  .refine((input) => !input.arrivedAt || !input.leftAt || input.arrivedAt <= input.leftAt, { path: ['leftAt'], message: 'before arrival' });
export type IssueTimeSlipInput = z.infer<typeof issueTimeSlipInputSchema>;

export const REFERRAL_URGENCIES = ['routine', 'soon', 'urgent'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

export const issueReferralLetterInputSchema = z.object({
  visitId: idSchema,
  to: z.object({
    specialistName: z.string().trim().max(120).optional(),
    specialty: z.string().trim().max(120).optional(),
    hospital: z.string().trim().min(1).max(200),
  }),
  reason: z.string().trim().min(1).max(2_000),
  findings: z.string().trim().min(1).max(5_000),
  currentMedications: z.string().trim().max(2_000).optional(),
  urgency: z.enum(REFERRAL_URGENCIES),
});
export type IssueReferralLetterInput = z.infer<typeof issueReferralLetterInputSchema>;

/** The longest isolation a GP's slip asks for; a longer order is the district health officer's to make. */
export const QUARANTINE_MAX_DAYS = 30;

/** Days from `from` to `to`, both counted: 3 Dec to 4 Dec is 2. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * A quarantine slip: the condition, where and from when to when the patient stays isolated, and
 * what to do meanwhile. The dates start on the day of the examination or the next (checked with the
 * visit's date, refused as VALIDATION_FAILED on `from`); `notifiable` prints the line naming the
 * Prevention and Control of Infectious Diseases Act 1988 (Act 342).
 */
export const issueQuarantineSlipInputSchema = z
  .object({
    visitId: idSchema,
    condition: z.string().trim().min(1).max(300),
    notifiable: z.boolean(),
    from: clinicDate,
    to: clinicDate,
    place: z.string().trim().min(1).max(300),
    instructions: z.string().trim().min(1).max(2_000),
  })
  .refine((input) => input.to >= input.from, { path: ['to'], message: 'before from' })
  .refine((input) => input.to < input.from || daysInclusive(input.from, input.to) <= QUARANTINE_MAX_DAYS, { path: ['to'], message: 'too long' });
export type IssueQuarantineSlipInput = z.infer<typeof issueQuarantineSlipInputSchema>;

/** An issued document as the browser gets it: its id and serial, and the PDF to open or print. */
export interface IssuedVisitDocument {
  id: string;
  serial: string;
  fileName: string;
  pdfBase64: string;
}
