/**
 * ICD-10 categories of conditions that last (the three-character code): a diagnosis in one of
 * these is chronic on its first visit. Any other diagnosis coded on two or more visits is kept
 * as recurring.
 */
export const CHRONIC_FAMILIES: Readonly<Record<string, string>> = {
  E03: 'hypothyroidism',
  E05: 'hyperthyroidism',
  E10: 'type 1 diabetes',
  E11: 'type 2 diabetes',
  E14: 'diabetes',
  E66: 'obesity',
  E78: 'dyslipidaemia',
  F20: 'schizophrenia',
  F31: 'bipolar disorder',
  F32: 'depression',
  F33: 'recurrent depression',
  G40: 'epilepsy',
  I10: 'hypertension',
  I11: 'hypertensive heart disease',
  I12: 'hypertensive kidney disease',
  I20: 'angina',
  I25: 'chronic ischaemic heart disease',
  I48: 'atrial fibrillation',
  I50: 'heart failure',
  J44: 'COPD',
  J45: 'asthma',
  K21: 'reflux disease',
  M05: 'rheumatoid arthritis',
  M06: 'rheumatoid arthritis',
  M10: 'gout',
  M17: 'knee osteoarthritis',
  N18: 'chronic kidney disease',
  B18: 'chronic viral hepatitis',
  B20: 'HIV disease',
  B24: 'HIV disease',
};

/** The three-character category of a code: `E11.9` → `E11`. */
export function codeFamily(code: string): string {
  return code.trim().toUpperCase().slice(0, 3);
}

export function isChronicCode(code: string): boolean {
  return codeFamily(code) in CHRONIC_FAMILIES;
}

/** Diagnoses seen on this many visits are kept as recurring, whatever their code. */
export const RECURRING_VISITS = 2;
/** Diagnoses within this many days of today are recent. */
export const RECENT_DAYS = 90;
/** Prescriptions within this many days of today count as current medicines. */
export const CURRENT_MEDICINE_DAYS = 183;
/** A prescription this long (or a medicine prescribed on two visits) is long-term. */
export const LONG_TERM_DAYS = 28;
/** A reading at or above either is raised. */
export const RAISED_BP = { systolic: 140, diastolic: 90 } as const;
/** The blood pressures a trend statement is drawn from, newest first. */
export const BP_TREND_READINGS = 10;
