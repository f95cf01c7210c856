import { z } from 'zod';
import { IDENTITY_TYPES, type IdentityType } from '../identity/identity';
import type { Sex } from '../identity/mykad';
import { idSchema, personNameSchema } from './common';
import { panelMembershipSchema, type PanelMembership } from './panels';
import { searchableText, typedTextSchema } from './typed-text';

export const identityTypeSchema = z.enum(IDENTITY_TYPES);
export const sexSchema = z.enum(['male', 'female']);
export const allergySeveritySchema = z.enum(['mild', 'moderate', 'severe']);
export type AllergySeverity = z.infer<typeof allergySeveritySchema>;

const dateSchema = z.iso.date();
const shortText = (max: number) => typedTextSchema.trim().max(max);
/** Digits with the usual separators and an optional leading +: `+60 12-345 6789`. */
export const phoneSchema = z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,22}$/);

export const allergySchema = z.object({
  allergen: shortText(120).min(1),
  reaction: shortText(200).default(''),
  severity: allergySeveritySchema,
});
export type Allergy = z.infer<typeof allergySchema>;

export const emergencyContactSchema = z.object({
  name: personNameSchema,
  relationship: shortText(60).default(''),
  phone: phoneSchema,
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

/** Everything the front desk records about a patient, as typed in. */
export const patientFieldsSchema = z.object({
  fullName: personNameSchema,
  identityType: identityTypeSchema,
  identityNo: shortText(40).min(1),
  nationality: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).nullable().default(null),
  /** Derived from the number for MyKad; a different value given here is refused. */
  dateOfBirth: dateSchema.nullable().default(null),
  sex: sexSchema.nullable().default(null),
  phones: z.array(phoneSchema).max(5).default([]),
  email: z.email().max(200).nullable().default(null),
  address: shortText(300).default(''),
  postcode: shortText(10).default(''),
  emergencyContact: emergencyContactSchema.nullable().default(null),
  employer: shortText(120).default(''),
  panels: z.array(panelMembershipSchema).max(10).default([]),
  allergies: z.array(allergySchema).max(50).default([]),
  /**
   * true: "no known allergies", asked and recorded by the person saving (refused while allergies
   * are listed); false: no such statement. Left out, a statement already recorded stays until an
   * allergy is listed.
   */
  noKnownAllergies: z.boolean().optional(),
  chronicConditions: z.array(shortText(120).min(1)).max(50).default([]),
  alerts: z.array(shortText(200).min(1)).max(20).default([]),
});
export type PatientFields = z.infer<typeof patientFieldsSchema>;
export type PatientFieldsInput = z.input<typeof patientFieldsSchema>;

export const registerPatientInputSchema = patientFieldsSchema.extend({
  /** Set after the user saw PATIENT_POSSIBLE_DUPLICATE and chose to register anyway. */
  confirmPossibleDuplicate: z.boolean().optional(),
  /** Set after the user saw IDENTITY_LOOKS_LIKE_MYKAD and kept the number as another document. */
  confirmOtherDocument: z.boolean().optional(),
});
export type RegisterPatientInput = z.input<typeof registerPatientInputSchema>;

export const updatePatientInputSchema = patientFieldsSchema.extend({
  id: idSchema,
  /** The version the user edited; a newer one in the store means someone else saved first. */
  version: z.number().int().positive(),
});
export type UpdatePatientInput = z.input<typeof updatePatientInputSchema>;

export const patientIdInputSchema = z.object({ id: idSchema });

export const PATIENT_SEARCH_LIMIT = 20;
export const PATIENT_QUERY_MAX = 100;
/** Control characters in a query (a pasted tab or NUL) read as spaces: search as you type never fails on them. */
export const patientSearchInputSchema = z.object({ query: z.string().max(PATIENT_QUERY_MAX).transform(searchableText).pipe(z.string().refine(isSearchableQuery)) });

/** A Chinese, Japanese or Korean surname is often one character (陈, 林, 김); anything else needs two to narrow the list. */
const ONE_CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Whether a query (after searchableText) is long enough to search: two characters, or one CJK character. */
export function isSearchableQuery(query: string): boolean {
  return query.length >= 2 || ONE_CJK_CHARACTER.test(query);
}

export const mergePatientsInputSchema = z
  .object({ survivorId: idSchema, mergedId: idSchema })
  .refine((input) => input.survivorId !== input.mergedId, { path: ['mergedId'] });

/** Someone asked the patient and recorded "no known allergies": who, and when. */
export interface NoKnownAllergiesStatement {
  recordedAt: string;
  recordedBy: string | null;
  /** The name of who recorded it, as it was then: the statement is theirs. */
  recordedByName: string | null;
}

export interface Patient {
  id: string;
  mrn: string;
  fullName: string;
  identityType: IdentityType;
  identityNo: string;
  nationality: string | null;
  dateOfBirth: string | null;
  sex: Sex | null;
  phones: string[];
  email: string | null;
  address: string;
  postcode: string;
  emergencyContact: EmergencyContact | null;
  employer: string;
  panels: PanelMembership[];
  allergies: Allergy[];
  /** Null with no allergies listed: nobody has recorded either way. Always null while allergies are listed. */
  noKnownAllergiesRecorded: NoKnownAllergiesStatement | null;
  chronicConditions: string[];
  alerts: string[];
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One line of the search list: enough to tell two patients apart at the counter. */
export type PatientSearchResult = Pick<
  Patient,
  'id' | 'mrn' | 'fullName' | 'identityType' | 'identityNo' | 'phones' | 'dateOfBirth' | 'sex' | 'allergies' | 'noKnownAllergiesRecorded'
>;

export interface PatientVersion {
  version: number;
  snapshot: Patient;
  changedAt: string;
  changedBy: string | null;
  changedByName: string | null;
}

/** A passport-size photo, resized on the PC that took it; stored inside the encrypted store. */
export const PATIENT_PHOTO_MAX_BYTES = 300_000;
export const PATIENT_PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const setPatientPhotoInputSchema = z.object({
  patientId: idSchema,
  mime: z.enum(PATIENT_PHOTO_TYPES),
  dataBase64: z.base64().max(Math.ceil(PATIENT_PHOTO_MAX_BYTES / 3) * 4),
});
export type SetPatientPhotoInput = z.infer<typeof setPatientPhotoInputSchema>;

export interface PatientPhoto {
  mime: (typeof PATIENT_PHOTO_TYPES)[number];
  dataBase64: string;
  updatedAt: string;
}
