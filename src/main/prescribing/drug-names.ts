import { remembered } from '../../shared/remembered';

/**
 * Drug and class names as people write them, reduced to one spelling so the checks compare like
 * with like: case and spacing, the salt or hydrate a product names (`amoxicillin trihydrate`,
 * `sertraline hydrochloride`), British/INN and US names (the ONC list uses US names: `rifampin`,
 * `meperidine`), and the `co-` names of fixed combinations.
 */

/** Words that name the salt or hydrate, not the active drug. */
const SALT_WORDS = new Set([
  'sodium', 'potassium', 'calcium', 'magnesium', 'hydrochloride', 'hcl', 'hydrobromide', 'dihydrochloride',
  'trihydrate', 'dihydrate', 'monohydrate', 'hemihydrate', 'anhydrous', 'sulfate', 'sulphate', 'maleate',
  'mesylate', 'mesilate', 'besylate', 'besilate', 'tartrate', 'bitartrate', 'succinate', 'fumarate', 'citrate',
  'phosphate', 'acetate', 'bromide', 'chloride', 'nitrate', 'oxalate', 'lactate', 'gluconate', 'disodium',
  'dipotassium', 'trometamol', 'tromethamine', 'embonate', 'pamoate', 'hyclate', 'xinafoate', 'propionate',
]);

/** Other spellings (mostly British/INN, as Malaysian products are labelled) → the one used here (the ONC list's US names). */
const SYNONYMS: Readonly<Record<string, string>> = {
  'acetylsalicylic acid': 'aspirin',
  adrenaline: 'epinephrine',
  amoxycillin: 'amoxicillin',
  'clavulanic acid': 'clavulanate',
  cefalexin: 'cephalexin',
  cephalexine: 'cephalexin',
  ciclosporin: 'cyclosporine',
  dexamfetamine: 'dextroamphetamine',
  dextroamfetamine: 'dextroamphetamine',
  amfetamine: 'amphetamine',
  metamfetamine: 'methamphetamine',
  ergometrine: 'ergonovine',
  methylergometrine: 'methylergonovine',
  frusemide: 'furosemide',
  glibenclamide: 'glyburide',
  lignocaine: 'lidocaine',
  'methylthioninium chloride': 'methylene blue',
  methylthioninium: 'methylene blue',
  paracetamol: 'acetaminophen',
  pethidine: 'meperidine',
  rifampicin: 'rifampin',
  salbutamol: 'albuterol',
  sulphamethoxazole: 'sulfamethoxazole',
  sulphasalazine: 'sulfasalazine',
  sulphadiazine: 'sulfadiazine',
  valproic: 'valproate',
  'valproic acid': 'valproate',
  "st john's wort": "st. john's wort",
  'st johns wort': "st. john's wort",
  'hypericum perforatum': "st. john's wort",
};

/** Fixed combinations known by one name → their components. */
const COMBINATIONS: Readonly<Record<string, readonly string[]>> = {
  'co-amoxiclav': ['amoxicillin', 'clavulanate'],
  'co-trimoxazole': ['sulfamethoxazole', 'trimethoprim'],
  cotrimoxazole: ['sulfamethoxazole', 'trimethoprim'],
  'co-codamol': ['codeine', 'acetaminophen'],
  'co-dydramol': ['dihydrocodeine', 'acetaminophen'],
  'co-careldopa': ['carbidopa', 'levodopa'],
};

function tidy(name: string): string {
  return name.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * One active ingredient's name in the spelling used here: `Amoxycillin Trihydrate` → `amoxicillin`.
 * Remembered: every check compares each medicine against the whole interaction list, so the same
 * few hundred names are normalised over and over.
 */
export const normaliseDrugName = remembered((name) => {
  const tidied = tidy(name);
  if (SYNONYMS[tidied]) return SYNONYMS[tidied];
  const words = tidied.split(' ');
  const active = words.filter((word) => !SALT_WORDS.has(word));
  // "Potassium chloride" is all salt words: then the name is the drug.
  const base = active.length > 0 ? active.join(' ') : tidied;
  return SYNONYMS[base] ?? base;
});

/**
 * The active ingredients a generic name stands for: `amoxicillin + clavulanic acid`,
 * `Amoxicillin/Clavulanate`, `co-amoxiclav` → amoxicillin, clavulanate.
 */
export function ingredientsOf(generic: string): string[] {
  const tidied = tidy(generic);
  const combination = COMBINATIONS[tidied];
  if (combination) return [...combination];
  const parts = tidied.split(/\s*(?:\+|\/|,|;|\band\b|\bwith\b)\s*/).filter((part) => part.length > 0);
  return [...new Set(parts.map(normaliseDrugName))];
}

/** Class names compared without case, punctuation, plurals or a parenthesised gloss: `NSAIDs`, `nsaid` → `nsaid`. */
export const normaliseClassName = remembered((name) =>
  tidy(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' '),
);

/**
 * Names of the same drug class, as the ONC list, a medicine master or a clinic's own pair may
 * write it (after normaliseClassName) → one key. A medicine whose class is "SSRIs" matches the ONC
 * side "SSRIs and other serotonergic agents"; "Statins" matches "HMG-CoA reductase inhibitors".
 */
const CLASS_ALIASES: Readonly<Record<string, string>> = {
  maoi: 'mao inhibitor',
  'monoamine oxidase inhibitor': 'mao inhibitor',
  ssri: 'ssri and other serotonergic agent',
  snri: 'ssri and other serotonergic agent',
  'selective serotonin reuptake inhibitor': 'ssri and other serotonergic agent',
  ppi: 'proton pump inhibitor',
  tca: 'tricyclic antidepressant',
  opioid: 'narcotic analgesic',
  'opioid analgesic': 'narcotic analgesic',
  statin: 'hmg coa reductase inhibitor',
  'ergot alkaloid': 'ergot alkaloid and derivative',
  'ergot derivative': 'ergot alkaloid and derivative',
  'amphetamine derivative': 'amphetamine',
  'hiv protease inhibitor': 'protease inhibitor',
  'strong cyp3a4 inhibitor': 'cyp3a4 inhibitor',
  'qt prolonging drug': 'qt prolonging agent',
  'non steroidal anti inflammatory drug': 'nsaid',
  'nonsteroidal anti inflammatory drug': 'nsaid',
  'non steroidal anti inflammatory': 'nsaid',
};

/** The one key a class name stands for, or null for no class. */
export function classKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const normal = normaliseClassName(name);
  return normal ? (CLASS_ALIASES[normal] ?? normal) : null;
}
