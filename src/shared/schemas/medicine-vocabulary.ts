/** The words a prescription line is written in: forms, routes, units, frequencies, timings, drug classes. */
export const MEDICINE_FORMS = ['tablet', 'capsule', 'syrup', 'suspension', 'injection', 'cream', 'ointment', 'drops', 'inhaler', 'suppository', 'patch', 'sachet', 'other'] as const;
export type MedicineForm = (typeof MEDICINE_FORMS)[number];

export const MEDICINE_ROUTES = ['oral', 'topical', 'IM', 'IV', 'SC', 'inhaled', 'PR', 'PV', 'ophthalmic', 'otic', 'nasal', 'sublingual'] as const;
export type MedicineRoute = (typeof MEDICINE_ROUTES)[number];

/** What one unit handed over is: the quantity of a prescription line counts these. */
export const DISPENSING_UNITS = ['tablet', 'capsule', 'ml', 'tube', 'bottle', 'puff', 'sachet', 'vial', 'ampoule', 'suppository', 'patch', 'drop', 'unit'] as const;
export type DispensingUnit = (typeof DISPENSING_UNITS)[number];

/** Units a dose is written in: an amount of drug, or a count of the dispensing unit. */
export const DOSE_UNITS = ['mg', 'g', 'mcg', 'IU', 'ml', 'tablet', 'capsule', 'puff', 'drop', 'sachet', 'suppository', 'patch', 'application', 'unit'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

/** Units a strength is written in (per unit, or per `perVolumeMl` for liquids). */
export const STRENGTH_UNITS = ['mg', 'g', 'mcg', 'IU', '%', 'mmol', 'unit'] as const;
export type StrengthUnit = (typeof STRENGTH_UNITS)[number];

export interface FrequencyPreset {
  /** Administrations a day for the quantity sum; null when it cannot be known (PRN). */
  perDay: number | null;
  /** A single dose (stat): the quantity is one dose, whatever the duration. */
  once?: true;
  en: string;
  ms: string;
}

/** The frequencies a GP writes, with what they mean for the quantity and the label's words in English and Malay. */
export const FREQUENCIES = {
  OD: { perDay: 1, en: 'once a day', ms: 'sekali sehari' },
  BD: { perDay: 2, en: 'twice a day', ms: 'dua kali sehari' },
  TDS: { perDay: 3, en: 'three times a day', ms: 'tiga kali sehari' },
  QID: { perDay: 4, en: 'four times a day', ms: 'empat kali sehari' },
  Q4H: { perDay: 6, en: 'every 4 hours', ms: 'setiap 4 jam' },
  Q6H: { perDay: 4, en: 'every 6 hours', ms: 'setiap 6 jam' },
  Q8H: { perDay: 3, en: 'every 8 hours', ms: 'setiap 8 jam' },
  nocte: { perDay: 1, en: 'at night', ms: 'waktu malam' },
  mane: { perDay: 1, en: 'in the morning', ms: 'waktu pagi' },
  PRN: { perDay: null, en: 'when needed', ms: 'bila perlu' },
  stat: { perDay: 1, once: true, en: 'immediately, once', ms: 'serta-merta, sekali sahaja' },
  weekly: { perDay: 1 / 7, en: 'once a week', ms: 'sekali seminggu' },
} as const satisfies Record<string, FrequencyPreset>;
export type FrequencyKey = keyof typeof FREQUENCIES;
export const FREQUENCY_KEYS = Object.keys(FREQUENCIES) as [FrequencyKey, ...FrequencyKey[]];

export const TIMINGS = {
  beforeFood: { en: 'before food', ms: 'sebelum makan' },
  afterFood: { en: 'after food', ms: 'selepas makan' },
  withFood: { en: 'with food', ms: 'semasa makan' },
  any: { en: 'with or without food', ms: 'sebelum atau selepas makan' },
} as const;
export type TimingKey = keyof typeof TIMINGS;
export const TIMING_KEYS = Object.keys(TIMINGS) as [TimingKey, ...TimingKey[]];

/**
 * Drug classes offered as suggestions: the interaction data's classes (ONC list, clinic pairs) and
 * the ones allergy records name, so a class typed here matches a class in a check.
 */
export const DRUG_CLASS_SUGGESTIONS = [
  'Penicillins',
  'Cephalosporins',
  'Macrolides',
  'Fluoroquinolones',
  'Tetracyclines',
  'Sulfonamides',
  'NSAIDs',
  'Analgesics',
  'Opioids',
  'Antihistamines',
  'Antitussives',
  'Beta-2 agonists',
  'Corticosteroids',
  'Proton pump inhibitors',
  'H2 antagonists',
  'Biguanides',
  'Sulfonylureas',
  'Calcium channel blockers',
  'ACE inhibitors',
  'Angiotensin II receptor blockers',
  'Beta blockers',
  'Diuretics',
  'HMG-CoA reductase inhibitors',
  'Vitamin K antagonists',
  'Antiplatelets',
  'SSRIs and other serotonergic agents',
  'MAO inhibitors',
  'Tricyclic antidepressants (TCAs)',
  'Triptans',
  'Benzodiazepines',
  'Antiemetics',
] as const;
