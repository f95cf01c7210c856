/**
 * Prescribing safety: pure checks of one prescription line against the patient's allergies,
 * other medicines (duplicates and interactions) and, for children, weight-based dose ranges.
 * The prescriptions module maps its medicines to DrugFacts, reads the interaction pairs once
 * (the bundled ONC list plus the clinic's own) and shows each finding's evidence.
 */
export { checkPrescriptionLine, type DoseFacts, type DrugFacts, type RecordedAllergy, type SafetyContext, type SafetyFinding } from './safety-checks';
export { oncInteractionPairs, readOncInteractionPairs, type InteractionPair, type InteractionSide } from './interaction-pairs';
export { ALLERGY_GROUPS, type AllergyGroup } from './allergy-groups';
export { classKey, ingredientsOf, normaliseDrugName } from './drug-names';
