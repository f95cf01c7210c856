/**
 * What the law says about selling a medicine, from the Poisons Act 1952 and its regulations (see
 * ../shared/notes/clinic-rules-malaysia.md). Registered products carry the class in their MAL number's
 * last letter: A for controlled (poisons), X for over the counter.
 *
 * - `otc`: not a poison; sold by anyone (MAL…X).
 * - `pharmacy`: a Group C poison, supplied by a pharmacist or doctor without a prescription.
 * - `groupB`: a Group B poison, supplied on a prescription only (s21).
 * - `psychotropic`: in the Poisons (Psychotropic Substances) Regulations 1989, with its own register.
 * - `dangerous`: in the Dangerous Drugs Act 1952, with a running balance kept for the bound register.
 */
export const LEGAL_CLASSES = ['otc', 'pharmacy', 'groupB', 'psychotropic', 'dangerous'] as const;
export type LegalClass = (typeof LEGAL_CLASSES)[number];

/**
 * A poison in the First Schedule (every class but over the counter): its label says "UBAT TERKAWAL /
 * CONTROLLED MEDICINE" (Poisons Regulations 1952 reg 12) and only a doctor or pharmacist hands it over.
 */
export function isControlled(legalClass: LegalClass): boolean {
  return legalClass !== 'otc';
}

/** Classes with a register of their own besides the Prescription Book. */
export const REGISTER_OF: Partial<Record<LegalClass, 'psychotropic' | 'dangerous-drugs'>> = {
  psychotropic: 'psychotropic',
  dangerous: 'dangerous-drugs',
};
