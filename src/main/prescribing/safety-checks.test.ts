import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetFile } from '../assets/app-assets';
import { checkPrescriptionLine, type DoseFacts, type DrugFacts, type RecordedAllergy, type SafetyContext, type SafetyFinding } from './safety-checks';
import { oncInteractionPairs, readOncInteractionPairs, type InteractionPair, type InteractionSide } from './interaction-pairs';

const ONC = readOncInteractionPairs();
const NO_DOSE: DoseFacts = { doseMg: null, timesPerDay: null, mgPerKgPerDay: null };

function context(overrides: Partial<SafetyContext> = {}): SafetyContext {
  return { allergies: [], otherDrugs: [], weightKg: null, ageMonths: null, pairs: ONC, ...overrides };
}

const longTerm = (...drugs: DrugFacts[]) => drugs.map((drug) => ({ drug, origin: 'long-term' as const }));
const kinds = (findings: SafetyFinding[]) => findings.map((f) => f.kind);

/** One drug standing for a side of a pair: a named member, or (where the side lists none) a medicine of the side's class. */
function memberOf(side: InteractionSide): DrugFacts {
  return side.drugs.length > 0 ? { generic: side.drugs[0] } : { generic: 'unnamed member', drugClass: side.class };
}

describe('the shipped ONC high-priority list', () => {
  it('has its 15 pairs, each with both sides, an effect, management and a source', () => {
    expect(ONC.map((p) => p.id)).toEqual(Array.from({ length: 15 }, (_, i) => `ONC-HP-${String(i + 1).padStart(2, '0')}`));
    for (const pair of ONC) {
      expect(pair.a.drugs.length > 0 || pair.a.class !== null).toBe(true);
      expect(pair.b.drugs.length > 0 || pair.b.class !== null).toBe(true);
      expect(pair.source).toMatch(/Phansalkar/);
    }
  });

  it('is refused when a record is malformed', () => {
    const raw = JSON.parse(readFileSync(assetFile('data/ddi', 'onc-high-priority.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(() => oncInteractionPairs([{ ...raw[0], severity: 'catastrophic' }])).toThrow();
    expect(() => oncInteractionPairs([])).toThrow();
  });
});

describe('drug–drug interactions', () => {
  it.each(ONC.map((pair) => [pair.id, pair] as const))('%s is found in both orders, by a member of each side', (_id, pair) => {
    const a = memberOf(pair.a);
    const b = memberOf(pair.b);
    for (const [line, other] of [
      [a, b],
      [b, a],
    ]) {
      const findings = checkPrescriptionLine(line, NO_DOSE, context({ otherDrugs: longTerm(other) }));
      expect(findings).toContainEqual({ kind: 'interaction', other: other.generic, pairId: pair.id, severity: pair.severity, effect: pair.effect, management: pair.management, source: pair.source });
    }
  });

  it.each(ONC.filter((pair) => pair.a.class && pair.b.class).map((pair) => [pair.id, pair] as const))('%s is found by class alone, for medicines its lists do not name', (_id, pair) => {
    const a = { generic: 'newdrug-a', drugClass: pair.a.class };
    const b = { generic: 'newdrug-b', drugClass: pair.b.class };
    expect(checkPrescriptionLine(a, NO_DOSE, context({ otherDrugs: longTerm(b) })).map((f) => f.kind === 'interaction' && f.pairId)).toContain(pair.id);
    expect(checkPrescriptionLine(b, NO_DOSE, context({ otherDrugs: longTerm(a) })).map((f) => f.kind === 'interaction' && f.pairId)).toContain(pair.id);
  });

  it('matches salts, INN spellings and common class names against the list', () => {
    // Rifampicin (INN) is rifampin in the ONC list; "Statins" is the class HMG-CoA reductase inhibitors.
    const rifampicin = { generic: 'Rifampicin' };
    const atazanavir = { generic: 'Atazanavir sulfate' };
    expect(kinds(checkPrescriptionLine(rifampicin, NO_DOSE, context({ otherDrugs: longTerm(atazanavir) })))).toContain('interaction');
    const newStatin = { generic: 'pitavastatin', drugClass: 'Statins' };
    const found = checkPrescriptionLine(newStatin, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'Clarithromycin' }) }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'interaction', pairId: 'ONC-HP-11' }));
    const sertraline = { generic: 'Sertraline Hydrochloride', drugClass: 'SSRIs' };
    expect(checkPrescriptionLine(sertraline, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'Phenelzine sulphate' }) }))).toContainEqual(expect.objectContaining({ pairId: 'ONC-HP-04' }));
  });

  it('uses a clinic’s own pair, by class, in both orders', () => {
    const warfarinNsaids: InteractionPair = {
      id: 'CLINIC-1',
      a: { drugs: ['warfarin'], class: null },
      b: { drugs: [], class: 'NSAIDs' },
      severity: 'moderate',
      effect: 'Bleeding risk',
      management: 'Prefer paracetamol',
      source: 'Klinik Sejahtera formulary',
    };
    const pairs = [...ONC, warfarinNsaids];
    const ibuprofen = { generic: 'ibuprofen', drugClass: 'NSAID' };
    const warfarin = { generic: 'Warfarin sodium' };
    expect(checkPrescriptionLine(ibuprofen, NO_DOSE, context({ pairs, otherDrugs: longTerm(warfarin) }))).toContainEqual(expect.objectContaining({ kind: 'interaction', pairId: 'CLINIC-1', severity: 'moderate' }));
    expect(checkPrescriptionLine(warfarin, NO_DOSE, context({ pairs, otherDrugs: longTerm(ibuprofen) }))).toContainEqual(expect.objectContaining({ kind: 'interaction', pairId: 'CLINIC-1' }));
  });

  it('raises nothing for unrelated everyday medicines', () => {
    const everyday: DrugFacts[] = [
      { generic: 'paracetamol', drugClass: 'Analgesics' },
      { generic: 'amoxicillin', drugClass: 'Penicillins' },
      { generic: 'chlorpheniramine maleate', drugClass: 'Antihistamines' },
      { generic: 'metformin hydrochloride', drugClass: 'Biguanides' },
      { generic: 'amlodipine besylate', drugClass: 'Calcium channel blockers' },
      { generic: 'salbutamol', drugClass: 'Beta-2 agonists' },
      { generic: 'omeprazole', drugClass: 'Proton pump inhibitors' },
    ];
    for (const line of everyday) {
      const others = everyday.filter((d) => d !== line);
      expect(checkPrescriptionLine(line, NO_DOSE, context({ otherDrugs: longTerm(...others) }))).toEqual([]);
    }
  });

  it('leaves the QT pair (no member list) to medicines the clinic marks as QT-prolonging', () => {
    const unmarked = checkPrescriptionLine({ generic: 'haloperidol' }, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'ondansetron' }) }));
    expect(unmarked).toEqual([]);
    const marked = checkPrescriptionLine({ generic: 'haloperidol', drugClass: 'QT prolonging agents' }, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'ondansetron', drugClass: 'QT-prolonging drugs' }) }));
    expect(marked).toContainEqual(expect.objectContaining({ kind: 'interaction', pairId: 'ONC-HP-08' }));
  });
});

describe('drug–allergy', () => {
  const allergy = (allergen: string): RecordedAllergy => ({ allergen, reaction: 'rash', severity: 'severe' });
  const allergyCheck = (drug: DrugFacts, allergen: string) => checkPrescriptionLine(drug, NO_DOSE, context({ allergies: [allergy(allergen)] })).filter((f) => f.kind === 'allergy');
  const amoxil = { generic: 'Amoxicillin trihydrate', brand: 'Amoxil', drugClass: 'Penicillins' };
  const cloxacillin = { generic: 'cloxacillin sodium' };

  it('matches the drug itself by generic or brand, with the reaction and severity as evidence', () => {
    expect(allergyCheck(amoxil, 'amoxicillin')).toEqual([{ kind: 'allergy', allergen: 'amoxicillin', matchedBy: 'generic', drugClass: 'Penicillins', reaction: 'rash', severity: 'severe' }]);
    expect(allergyCheck(amoxil, 'AMOXIL')).toEqual([expect.objectContaining({ matchedBy: 'brand' })]);
    // An allergy recorded by a brand the clinic's medicine does not carry.
    expect(allergyCheck({ generic: 'amoxicillin', brand: 'Moxilen' }, 'amoxil')).toEqual([expect.objectContaining({ matchedBy: 'generic' })]);
    expect(allergyCheck({ generic: 'co-amoxiclav' }, 'Amoxicillin (hives)')).toEqual([expect.objectContaining({ matchedBy: 'generic' })]);
  });

  it('matches the group by its name as reception types it, and every member of the group', () => {
    for (const typed of ['penicillin', 'Penicillins', 'PCN allergy']) expect(allergyCheck(cloxacillin, typed)).toEqual([expect.objectContaining({ matchedBy: 'class', drugClass: 'Penicillins' })]);
    expect(allergyCheck(cloxacillin, 'amoxicillin')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
    expect(allergyCheck({ generic: 'co-trimoxazole' }, 'sulfa')).toEqual([expect.objectContaining({ matchedBy: 'class', drugClass: 'Sulfonamide antibacterials' })]);
    expect(allergyCheck({ generic: 'mefenamic acid', brand: 'Ponstan' }, 'NSAID')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
    expect(allergyCheck({ generic: 'diclofenac sodium' }, 'aspirin')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
    expect(allergyCheck({ generic: 'clarithromycin' }, 'erythromycin')).toEqual([expect.objectContaining({ matchedBy: 'class', drugClass: 'Macrolides' })]);
    expect(allergyCheck({ generic: 'levofloxacin' }, 'Cipro')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
    expect(allergyCheck({ generic: 'tramadol hydrochloride' }, 'opioids')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
    // A medicine outside the table, known by the class the medicine master gives it.
    expect(allergyCheck({ generic: 'temocillin', drugClass: 'Penicillins' }, 'penicillin')).toEqual([expect.objectContaining({ matchedBy: 'class' })]);
  });

  it('warns of cross-reactivity between penicillins and cephalosporins, and NSAIDs and coxibs', () => {
    expect(allergyCheck({ generic: 'cefalexin' }, 'penicillin')).toEqual([expect.objectContaining({ matchedBy: 'cross-reactivity', drugClass: 'Cephalosporins' })]);
    expect(allergyCheck(amoxil, 'cephalosporins')).toEqual([expect.objectContaining({ matchedBy: 'cross-reactivity' })]);
    expect(allergyCheck({ generic: 'etoricoxib' }, 'NSAIDs')).toEqual([expect.objectContaining({ matchedBy: 'cross-reactivity' })]);
  });

  it('raises nothing for unrelated drugs, nor for non-antibiotic sulfonamides against "sulfa"', () => {
    expect(allergyCheck({ generic: 'paracetamol' }, 'penicillin')).toEqual([]);
    expect(allergyCheck({ generic: 'azithromycin' }, 'penicillin')).toEqual([]);
    expect(allergyCheck({ generic: 'furosemide' }, 'sulfa')).toEqual([]);
    expect(allergyCheck({ generic: 'metformin' }, 'seafood')).toEqual([]);
    expect(allergyCheck({ generic: 'amoxicillin' }, 'amlodipine')).toEqual([]);
  });
});

describe('duplicate therapy', () => {
  it('finds the same generic, whatever the salt or combination, with where the other comes from', () => {
    const found = checkPrescriptionLine({ generic: 'Amoxicillin' }, NO_DOSE, context({ otherDrugs: [{ drug: { generic: 'amoxicillin + clavulanic acid', label: 'Augmentin 625' }, origin: 'this-prescription' }] }));
    expect(found).toEqual([{ kind: 'duplicate', other: 'Augmentin 625', matchedBy: 'generic', drugClass: null, origin: 'this-prescription' }]);
  });

  it('finds the same class, by the medicine master’s class or the group both belong to', () => {
    const byClass = checkPrescriptionLine({ generic: 'losartan', drugClass: 'ARBs' }, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'telmisartan', drugClass: 'arb' }) }));
    expect(byClass).toEqual([expect.objectContaining({ kind: 'duplicate', matchedBy: 'class', drugClass: 'ARBs', origin: 'long-term' })]);
    const twoNsaids = checkPrescriptionLine({ generic: 'ibuprofen' }, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'diclofenac sodium' }) }));
    expect(twoNsaids).toEqual([expect.objectContaining({ kind: 'duplicate', matchedBy: 'class', drugClass: 'NSAIDs (including aspirin)' })]);
    expect(checkPrescriptionLine({ generic: 'ibuprofen' }, NO_DOSE, context({ otherDrugs: longTerm({ generic: 'paracetamol' }) }))).toEqual([]);
  });
});

describe('weight-based dose for children', () => {
  // Paracetamol 10–15 mg/kg per dose, up to 4 doses: 40–60 mg/kg/day.
  const paracetamol = { generic: 'paracetamol' };
  const range = { min: 40, max: 60 };
  const child = context({ weightKg: 12, ageMonths: 30 });

  it('flags a daily dose over or under the range, with the figures', () => {
    expect(checkPrescriptionLine(paracetamol, { doseMg: 250, timesPerDay: 4, mgPerKgPerDay: range }, child)).toEqual([
      { kind: 'dose', dailyMg: 1000, weightKg: 12, dailyMgPerKg: 83.33, range, direction: 'over' },
    ]);
    expect(checkPrescriptionLine(paracetamol, { doseMg: 60, timesPerDay: 3, mgPerKgPerDay: range }, child)).toEqual([
      { kind: 'dose', dailyMg: 180, weightKg: 12, dailyMgPerKg: 15, range, direction: 'under' },
    ]);
  });

  it('is quiet within the range, at its edges, and where it does not apply', () => {
    expect(checkPrescriptionLine(paracetamol, { doseMg: 180, timesPerDay: 4, mgPerKgPerDay: range }, child)).toEqual([]);
    expect(checkPrescriptionLine(paracetamol, { doseMg: 120, timesPerDay: 4, mgPerKgPerDay: range }, child)).toEqual([]);
    const tooMuch = { doseMg: 1000, timesPerDay: 4, mgPerKgPerDay: range };
    expect(checkPrescriptionLine(paracetamol, tooMuch, context({ weightKg: 60, ageMonths: 144 }))).toEqual([]);
    expect(checkPrescriptionLine(paracetamol, tooMuch, context({ weightKg: null, ageMonths: 30 }))).toEqual([]);
    expect(checkPrescriptionLine(paracetamol, { ...tooMuch, mgPerKgPerDay: null }, child)).toEqual([]);
    expect(checkPrescriptionLine(paracetamol, { ...tooMuch, timesPerDay: null }, child)).toEqual([]);
  });
});
