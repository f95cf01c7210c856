import { ALLERGEN_BRANDS, ALLERGY_GROUPS, type AllergyGroup } from './allergy-groups';
import { classKey, ingredientsOf, normaliseClassName, normaliseDrugName } from './drug-names';
import type { InteractionPair, InteractionSide } from './interaction-pairs';

/** What the checks need to know of a medicine (the prescriptions module maps its medicine master to this). */
export interface DrugFacts {
  /** The active ingredient(s): `amoxicillin`, `amoxicillin + clavulanic acid`. */
  generic: string;
  brand?: string | null;
  drugClass?: string | null;
  /** How the screen names it ("Amoxil 500 mg capsule"); the generic when absent. */
  label?: string;
}

export interface RecordedAllergy {
  allergen: string;
  reaction: string;
  severity: 'mild' | 'moderate' | 'severe';
}

export interface SafetyContext {
  allergies: RecordedAllergy[];
  /** The patient's long-term medicines and the other lines of this prescription. */
  otherDrugs: { drug: DrugFacts; origin: 'long-term' | 'this-prescription' }[];
  weightKg: number | null;
  ageMonths: number | null;
  pairs: InteractionPair[];
}

export interface DoseFacts {
  doseMg: number | null;
  timesPerDay: number | null;
  /** The medicine's weight-based range for children, when its data has one. */
  mgPerKgPerDay: { min: number; max: number } | null;
}

/**
 * Something the prescriber must see before the line is saved, with its evidence. `matchedBy` says
 * how: the allergen is the drug (`generic`, `brand`), the drug is of the allergen's group or class
 * (`class`), or of a group known to cross-react with it (`cross-reactivity`: a warning).
 */
export type SafetyFinding =
  | { kind: 'allergy'; allergen: string; matchedBy: 'generic' | 'brand' | 'class' | 'cross-reactivity'; drugClass: string | null; reaction: string; severity: RecordedAllergy['severity'] }
  | { kind: 'duplicate'; other: string; matchedBy: 'generic' | 'class'; drugClass: string | null; origin: 'long-term' | 'this-prescription' }
  | { kind: 'interaction'; other: string; pairId: string; severity: InteractionPair['severity']; effect: string; management: string; source: string }
  | { kind: 'dose'; dailyMg: number; weightKg: number; dailyMgPerKg: number; range: { min: number; max: number }; direction: 'over' | 'under' };

/** Children are dosed by weight until 12 years (144 months). */
const CHILD_UNDER_MONTHS = 144;

/** A medicine as the checks compare it: its ingredients, class key and allergy groups. */
interface Profile {
  name: string;
  ingredients: string[];
  brand: string | null;
  classKey: string | null;
  drugClass: string | null;
  groups: AllergyGroup[];
}

function profileOf(drug: DrugFacts): Profile {
  const ingredients = ingredientsOf(drug.generic);
  const key = classKey(drug.drugClass);
  const groups = ALLERGY_GROUPS.filter((group) => ingredients.some((i) => group.members.includes(i)) || (key !== null && groupNamed(group, key)));
  return {
    name: drug.label ?? drug.generic,
    ingredients,
    brand: drug.brand ? normaliseDrugName(drug.brand) : null,
    classKey: key,
    drugClass: drug.drugClass ?? null,
    groups,
  };
}

function groupNamed(group: AllergyGroup, normalisedName: string): boolean {
  return group.names.some((name) => normaliseClassName(name) === normalisedName) || normaliseClassName(group.label) === normalisedName;
}

/** The drug-safety checks for one prescription line: pure, synchronous, each finding with its evidence. */
export function checkPrescriptionLine(drug: DrugFacts, dose: DoseFacts, context: SafetyContext): SafetyFinding[] {
  const line = profileOf(drug);
  const others = context.otherDrugs.map((other) => ({ profile: profileOf(other.drug), origin: other.origin }));
  return [
    ...context.allergies.flatMap((allergy) => allergyFinding(line, allergy)),
    ...others.flatMap(({ profile, origin }) => duplicateFinding(line, profile, origin)),
    ...others.flatMap(({ profile }) => interactionFindings(line, profile, context.pairs)),
    ...doseFinding(dose, context),
  ];
}

/** "Penicillin (rash)", "amoxil allergy" → "penicillin", "amoxil". */
function allergenText(allergen: string): string {
  return allergen
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(allergy|allergic|alahan)\b/gi, ' ')
    .trim();
}

function allergyFinding(line: Profile, allergy: RecordedAllergy): SafetyFinding[] {
  const typed = allergenText(allergy.allergen);
  const asDrug = normaliseDrugName(typed);
  const asClass = normaliseClassName(typed);
  const viaBrand = ALLERGEN_BRANDS[asDrug];
  const found = (matchedBy: 'generic' | 'brand' | 'class' | 'cross-reactivity', drugClass: string | null): SafetyFinding[] => [
    { kind: 'allergy', allergen: allergy.allergen, matchedBy, drugClass, reaction: allergy.reaction, severity: allergy.severity },
  ];
  if (line.brand !== null && line.brand === asDrug) return found('brand', line.drugClass);
  if (line.ingredients.includes(asDrug) || (viaBrand !== undefined && line.ingredients.includes(viaBrand))) return found('generic', line.drugClass);
  if (line.classKey !== null && line.classKey === classKey(typed)) return found('class', line.drugClass);
  // The groups the allergy stands for: named outright ("penicillins", "sulfa"), or the group of the drug typed ("amoxicillin").
  const ingredient = viaBrand ?? asDrug;
  const allergenGroups = ALLERGY_GROUPS.filter((group) => groupNamed(group, asClass) || group.members.includes(ingredient));
  const same = line.groups.find((group) => allergenGroups.includes(group));
  if (same) return found('class', line.drugClass ?? same.label);
  const crossing = line.groups.find((group) => allergenGroups.some((g) => g.crossReactsWith.includes(group.key)));
  if (crossing) return found('cross-reactivity', line.drugClass ?? crossing.label);
  return [];
}

function duplicateFinding(line: Profile, other: Profile, origin: 'long-term' | 'this-prescription'): SafetyFinding[] {
  if (line.ingredients.some((i) => other.ingredients.includes(i))) return [{ kind: 'duplicate', other: other.name, matchedBy: 'generic', drugClass: line.drugClass, origin }];
  if (line.classKey !== null && line.classKey === other.classKey) return [{ kind: 'duplicate', other: other.name, matchedBy: 'class', drugClass: line.drugClass, origin }];
  // Two NSAIDs are a duplicate even when the medicine master gave neither a class.
  const shared = line.groups.find((group) => other.groups.includes(group));
  if (shared) return [{ kind: 'duplicate', other: other.name, matchedBy: 'class', drugClass: line.drugClass ?? other.drugClass ?? shared.label, origin }];
  return [];
}

function sideMatches(drug: Profile, side: InteractionSide): boolean {
  if (drug.ingredients.some((i) => side.drugs.includes(i))) return true;
  // A medicine of the side's class matches even when the side's list does not name it.
  return drug.classKey !== null && drug.classKey === classKey(side.class);
}

function interactionFindings(line: Profile, other: Profile, pairs: readonly InteractionPair[]): SafetyFinding[] {
  return pairs
    .filter((pair) => (sideMatches(line, pair.a) && sideMatches(other, pair.b)) || (sideMatches(line, pair.b) && sideMatches(other, pair.a)))
    .map((pair) => ({ kind: 'interaction', other: other.name, pairId: pair.id, severity: pair.severity, effect: pair.effect, management: pair.management, source: pair.source }));
}

function doseFinding(dose: DoseFacts, context: SafetyContext): SafetyFinding[] {
  const { weightKg, ageMonths } = context;
  const range = dose.mgPerKgPerDay;
  if (ageMonths === null || ageMonths >= CHILD_UNDER_MONTHS || !weightKg || weightKg <= 0 || !range) return [];
  if (dose.doseMg === null || dose.timesPerDay === null) return [];
  const dailyMg = dose.doseMg * dose.timesPerDay;
  const perKg = dailyMg / weightKg;
  const direction = perKg > range.max ? 'over' : perKg < range.min ? 'under' : null;
  // Compared exactly; shown to two decimals.
  return direction ? [{ kind: 'dose', dailyMg, weightKg, dailyMgPerKg: Math.round(perKg * 100) / 100, range, direction }] : [];
}
