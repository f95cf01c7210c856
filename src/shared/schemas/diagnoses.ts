import { z } from 'zod';

/**
 * ICD-10-CM diagnoses as the doctor picks them: searched in the bundled list by code or words,
 * never typed by hand. A code is written with its dot (`J06.9`); three-character categories have none.
 */
export const icd10CodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);

export const diagnosisSearchInputSchema = z.object({
  query: z.string().trim().max(100),
  limit: z.number().int().min(1).max(50).default(20),
});
export type DiagnosisSearchInput = z.infer<typeof diagnosisSearchInputSchema>;

/** One code of the list; `preferred` when it is one of the signed-in doctor's favourite or recently used codes. */
export interface Diagnosis {
  code: string;
  description: string;
  /** A leaf code, valid on a claim; a category or subcategory header is not. */
  billable: boolean;
  preferred: boolean;
}

export const setFavouriteDiagnosisInputSchema = z.object({
  code: icd10CodeSchema,
  favourite: z.boolean(),
});
export type SetFavouriteDiagnosisInput = z.infer<typeof setFavouriteDiagnosisInputSchema>;
