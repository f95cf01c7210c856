import { z } from 'zod';
import type { IdentityType } from '../../../shared/identity/identity';
import { parseMyKad, type Sex } from '../../../shared/identity/mykad';
import type { PanelMembership } from '../../../shared/schemas/panels';
import { textLimitsOf } from '../../../shared/schemas/field-paths';
import { patientFieldsSchema, type Allergy, type Patient, type PatientFieldsInput } from '../../../shared/schemas/patients';

/** What the patient form edits: text as typed, turned into API input only on save. */
export interface PatientDraft {
  fullName: string;
  identityType: IdentityType;
  identityNo: string;
  nationality: string;
  dateOfBirth: string;
  sex: Sex | '';
  /** One entry per phone; blank entries are dropped on save. */
  phones: string[];
  email: string;
  address: string;
  postcode: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
  employer: string;
  panels: PanelMembership[];
  allergies: Allergy[];
  /** "No known allergies" chosen (or already recorded); only while no allergy is listed. */
  noKnownAllergies: boolean;
  chronicConditions: string[];
  alerts: string[];
}

type ListField = 'phones' | 'panels' | 'allergies' | 'chronicConditions' | 'alerts';

function maxItems(field: ListField): number {
  const max = z.toJSONSchema(patientFieldsSchema.shape[field]).maxItems;
  return typeof max === 'number' ? max : Number.POSITIVE_INFINITY;
}

/** How many entries the hub takes in each list, read from the shared schema so the form cannot drift from it. */
export const LIST_LIMITS: Record<ListField, number> = {
  phones: maxItems('phones'),
  panels: maxItems('panels'),
  allergies: maxItems('allergies'),
  chronicConditions: maxItems('chronicConditions'),
  alerts: maxItems('alerts'),
};

/** The most characters each text field takes (`fullName`: 120), from the same schema. */
export const TEXT_LIMITS = textLimitsOf(patientFieldsSchema);

export const EMPTY_DRAFT: PatientDraft = {
  fullName: '', identityType: 'mykad', identityNo: '', nationality: '', dateOfBirth: '', sex: '', phones: [''], email: '',
  address: '', postcode: '', emergencyName: '', emergencyRelationship: '', emergencyPhone: '', employer: '', panels: [], allergies: [],
  noKnownAllergies: false, chronicConditions: [], alerts: [],
};

export function draftFromPatient(patient: Patient): PatientDraft {
  return {
    fullName: patient.fullName,
    identityType: patient.identityType,
    identityNo: patient.identityNo,
    nationality: patient.nationality ?? '',
    dateOfBirth: patient.dateOfBirth ?? '',
    sex: patient.sex ?? '',
    // An empty row to type into: nearly every patient gives a phone.
    phones: patient.phones.length > 0 ? patient.phones : [''],
    email: patient.email ?? '',
    address: patient.address,
    postcode: patient.postcode,
    emergencyName: patient.emergencyContact?.name ?? '',
    emergencyRelationship: patient.emergencyContact?.relationship ?? '',
    emergencyPhone: patient.emergencyContact?.phone ?? '',
    employer: patient.employer,
    panels: patient.panels,
    allergies: patient.allergies,
    noKnownAllergies: patient.noKnownAllergiesRecorded !== null,
    chronicConditions: patient.chronicConditions,
    alerts: patient.alerts,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const filled = (items: string[]): string[] => items.map((item) => item.trim()).filter(Boolean);

export function inputFromDraft(draft: PatientDraft): PatientFieldsInput {
  const hasContact = [draft.emergencyName, draft.emergencyPhone].some((text) => text.trim() !== '');
  return {
    fullName: draft.fullName,
    identityType: draft.identityType,
    identityNo: draft.identityNo,
    nationality: orNull(draft.nationality),
    dateOfBirth: orNull(draft.dateOfBirth),
    sex: draft.sex === '' ? null : draft.sex,
    phones: filled(draft.phones),
    email: orNull(draft.email),
    address: draft.address,
    postcode: draft.postcode,
    emergencyContact: hasContact ? { name: draft.emergencyName, relationship: draft.emergencyRelationship, phone: draft.emergencyPhone } : null,
    employer: draft.employer,
    panels: draft.panels,
    allergies: draft.allergies,
    noKnownAllergies: draft.noKnownAllergies,
    chronicConditions: filled(draft.chronicConditions),
    alerts: filled(draft.alerts),
  };
}

/** A MyKad number fills in the birth date and sex as soon as it reads as a valid number; `today` is the clinic's. */
export function withIdentityNo(draft: PatientDraft, identityNo: string, today: string): PatientDraft {
  const next = { ...draft, identityNo };
  if (draft.identityType !== 'mykad') return next;
  const mykad = parseMyKad(identityNo, today);
  return mykad.ok ? { ...next, dateOfBirth: mykad.dateOfBirth, sex: mykad.sex, nationality: 'MYS' } : next;
}

/** A draft switched to MyKad, and whether the card's birth date or sex replaced a different one the record had. */
export interface AsMyKad {
  draft: PatientDraft;
  replaced: boolean;
}

/**
 * The draft with its number taken as the MyKad it is (type, number written `YYMMDD-PB-####`,
 * nationality, and the card's birth date and sex), or null when it is no valid MyKad.
 */
export function asMyKad(draft: PatientDraft, today: string): AsMyKad | null {
  const mykad = parseMyKad(draft.identityNo, today);
  if (!mykad.ok) return null;
  const replaced = (draft.dateOfBirth !== '' && draft.dateOfBirth !== mykad.dateOfBirth) || (draft.sex !== '' && draft.sex !== mykad.sex);
  return { draft: { ...draft, identityType: 'mykad', identityNo: mykad.normalised, nationality: 'MYS', dateOfBirth: mykad.dateOfBirth, sex: mykad.sex }, replaced };
}

/** Whole years from a birth date to the clinic's today. */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
