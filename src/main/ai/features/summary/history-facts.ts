import type { AllergySeverity } from '../../../../shared/schemas/patients';

/** A visit with the diagnoses coded for it. */
export interface VisitFact {
  id: string;
  date: string;
  complaint: string;
  diagnoses: { code: string; description: string }[];
}

export interface AllergyFact {
  allergen: string;
  reaction: string;
  severity: AllergySeverity;
}

/** One prescription line still in force (not cancelled). */
export interface PrescriptionFact {
  id: string;
  visitId: string;
  date: string;
  /** As prescribed: "Amlodipine 5 mg tablet (Norvasc)". */
  medicine: string;
  generic: string;
  /** "1 tablet OD". */
  dose: string;
  durationDays: number | null;
}

/** A blood pressure taken at a visit. */
export interface BloodPressureFact {
  id: string;
  visitId: string;
  date: string;
  systolic: number;
  diastolic: number;
}

/** What the summary is built from: the patient's record as read through the modules that keep it. */
export interface HistoryFacts {
  patientId: string;
  /** The clinic's today, `YYYY-MM-DD`: "recent" and "current" are counted back from it. */
  today: string;
  allergies: AllergyFact[];
  visits: VisitFact[];
  prescriptions: PrescriptionFact[];
  bloodPressures: BloodPressureFact[];
}
