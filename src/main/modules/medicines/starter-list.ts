import type { LegalClass } from '../../../shared/pharmacy/legal-classes';
import { parseDose, parseStrength, usualDispensingUnit, type FrequencyKey, type MedicineForm, type MedicineRoute, type SaveInteractionPairInput, type SaveMedicineInput } from '../../../shared/schemas/medicines';

interface Starter {
  code: string;
  /** Its class in the Poisons List (First Schedule, Poisons Act 1952); the clinic can change it in Setup. */
  legalClass: LegalClass;
  generic: string;
  brand?: string;
  form: MedicineForm;
  strength: string;
  route?: MedicineRoute;
  dose: string;
  frequency: FrequencyKey;
  days: number;
  drugClass: string;
  packSize: number;
  /** Children's mg/kg/day range, each with its reference beside it. */
  child?: [number, number];
}

/**
 * What a Malaysian GP clinic's dispensary commonly holds, for a new clinic to start from and edit.
 * Adult default doses; children's ranges only where a reference gives a weight-based daily dose.
 * Legal classes (Poisons Act 1952, First Schedule): paracetamol and loratadine are not poisons (over
 * the counter); ibuprofen, chlorpheniramine, cetirizine, dextromethorphan and the salbutamol inhaler
 * are Group C (a pharmacist or doctor supplies them without a prescription); antibiotics, diclofenac
 * and the chronic-disease medicines are Group B (prescription only). The Group C entries for
 * cetirizine, ibuprofen and salbutamol are *unconfirmed* against the current Poisons List: the
 * clinic checks them against its packs (MAL…A or MAL…X) in Setup → Medicines.
 */
const STARTERS: Starter[] = [
  { code: 'PCM500', legalClass: 'otc', generic: 'paracetamol', brand: 'Panadol', form: 'tablet', strength: '500 mg', dose: '1000 mg', frequency: 'QID', days: 3, drugClass: 'Analgesics', packSize: 100 },
  // WHO Pocket Book of Hospital Care for Children, 2nd ed. (2013), Annex 2: paracetamol 10–15 mg/kg
  // up to 4 times a day, i.e. 40–60 mg/kg/day (BNF for Children caps the usual daily total at 60–75 mg/kg).
  { code: 'PCM120S', legalClass: 'otc', generic: 'paracetamol', brand: 'Uphamol', form: 'syrup', strength: '120 mg/5 ml', dose: '5 ml', frequency: 'QID', days: 3, drugClass: 'Analgesics', packSize: 60, child: [40, 60] },
  { code: 'AMX250', legalClass: 'groupB', generic: 'amoxicillin', form: 'capsule', strength: '250 mg', dose: '250 mg', frequency: 'TDS', days: 5, drugClass: 'Penicillins', packSize: 100 },
  { code: 'AMX500', legalClass: 'groupB', generic: 'amoxicillin', brand: 'Amoxil', form: 'capsule', strength: '500 mg', dose: '500 mg', frequency: 'TDS', days: 5, drugClass: 'Penicillins', packSize: 100 },
  // WHO Pocket Book (2013), Annex 2: oral amoxicillin 25 mg/kg twice a day, 40 mg/kg twice a day for
  // pneumonia: 50–80 mg/kg/day.
  { code: 'AMX125S', legalClass: 'groupB', generic: 'amoxicillin', form: 'suspension', strength: '125 mg/5 ml', dose: '5 ml', frequency: 'TDS', days: 5, drugClass: 'Penicillins', packSize: 60, child: [50, 80] },
  { code: 'AZI250', legalClass: 'groupB', generic: 'azithromycin', brand: 'Zithromax', form: 'tablet', strength: '250 mg', dose: '500 mg', frequency: 'OD', days: 3, drugClass: 'Macrolides', packSize: 6 },
  { code: 'IBU200', legalClass: 'pharmacy', generic: 'ibuprofen', form: 'tablet', strength: '200 mg', dose: '400 mg', frequency: 'TDS', days: 3, drugClass: 'NSAIDs', packSize: 100 },
  { code: 'IBU400', legalClass: 'pharmacy', generic: 'ibuprofen', brand: 'Brufen', form: 'tablet', strength: '400 mg', dose: '400 mg', frequency: 'TDS', days: 3, drugClass: 'NSAIDs', packSize: 100 },
  // BNF for Children, ibuprofen for pain and fever, 3 months–11 years: 20–30 mg/kg daily in 3–4 divided doses.
  { code: 'IBU100S', legalClass: 'pharmacy', generic: 'ibuprofen', brand: 'Nurofen for Children', form: 'suspension', strength: '100 mg/5 ml', dose: '5 ml', frequency: 'TDS', days: 3, drugClass: 'NSAIDs', packSize: 100, child: [20, 30] },
  { code: 'DIC50', legalClass: 'groupB', generic: 'diclofenac', brand: 'Voltaren', form: 'tablet', strength: '50 mg', dose: '50 mg', frequency: 'TDS', days: 3, drugClass: 'NSAIDs', packSize: 100 },
  { code: 'CPM4', legalClass: 'pharmacy', generic: 'chlorpheniramine', brand: 'Piriton', form: 'tablet', strength: '4 mg', dose: '4 mg', frequency: 'TDS', days: 3, drugClass: 'Antihistamines', packSize: 100 },
  { code: 'CTZ10', legalClass: 'pharmacy', generic: 'cetirizine', brand: 'Zyrtec', form: 'tablet', strength: '10 mg', dose: '10 mg', frequency: 'OD', days: 5, drugClass: 'Antihistamines', packSize: 100 },
  { code: 'LOR10', legalClass: 'otc', generic: 'loratadine', brand: 'Clarityne', form: 'tablet', strength: '10 mg', dose: '10 mg', frequency: 'OD', days: 5, drugClass: 'Antihistamines', packSize: 100 },
  { code: 'DXM15S', legalClass: 'pharmacy', generic: 'dextromethorphan', form: 'syrup', strength: '15 mg/5 ml', dose: '10 ml', frequency: 'TDS', days: 3, drugClass: 'Antitussives', packSize: 90 },
  { code: 'OME20', legalClass: 'groupB', generic: 'omeprazole', brand: 'Losec', form: 'capsule', strength: '20 mg', dose: '20 mg', frequency: 'OD', days: 14, drugClass: 'Proton pump inhibitors', packSize: 28 },
  { code: 'MET500', legalClass: 'groupB', generic: 'metformin', brand: 'Glucophage', form: 'tablet', strength: '500 mg', dose: '500 mg', frequency: 'BD', days: 30, drugClass: 'Biguanides', packSize: 100 },
  { code: 'AML5', legalClass: 'groupB', generic: 'amlodipine', brand: 'Norvasc', form: 'tablet', strength: '5 mg', dose: '5 mg', frequency: 'OD', days: 30, drugClass: 'Calcium channel blockers', packSize: 30 },
  { code: 'ATV20', legalClass: 'groupB', generic: 'atorvastatin', brand: 'Lipitor', form: 'tablet', strength: '20 mg', dose: '20 mg', frequency: 'nocte', days: 30, drugClass: 'Statins', packSize: 30 },
  { code: 'SIM20', legalClass: 'groupB', generic: 'simvastatin', brand: 'Zocor', form: 'tablet', strength: '20 mg', dose: '20 mg', frequency: 'nocte', days: 30, drugClass: 'Statins', packSize: 30 },
  { code: 'WAR5', legalClass: 'groupB', generic: 'warfarin', brand: 'Marevan', form: 'tablet', strength: '5 mg', dose: '5 mg', frequency: 'OD', days: 30, drugClass: 'Vitamin K antagonists', packSize: 100 },
];

export const STARTER_MEDICINES: SaveMedicineInput[] = [
  ...STARTERS.map((starter): SaveMedicineInput => {
    const strength = parseStrength(starter.strength);
    const dose = parseDose(starter.dose);
    return {
      code: starter.code,
      generic: starter.generic,
      brand: starter.brand ?? null,
      form: starter.form,
      strength: starter.strength,
      strengthValue: strength?.value ?? null,
      strengthUnit: strength?.unit ?? null,
      perVolumeMl: strength?.perVolumeMl ?? null,
      dispensingUnit: usualDispensingUnit(starter.form),
      route: starter.route ?? 'oral',
      defaultDoseValue: dose?.value ?? null,
      defaultDoseUnit: dose?.unit ?? null,
      defaultFrequency: starter.frequency,
      defaultDurationDays: starter.days,
      drugClass: starter.drugClass,
      packSize: starter.packSize,
      childMinMgPerKgDay: starter.child?.[0] ?? null,
      childMaxMgPerKgDay: starter.child?.[1] ?? null,
      active: true,
      legalClass: starter.legalClass,
    };
  }),
  // A metered-dose inhaler's strength is per puff, which parseStrength does not read: given as numbers.
  {
    code: 'SAL100I', generic: 'salbutamol', brand: 'Ventolin', form: 'inhaler', strength: '100 mcg/puff', strengthValue: 100, strengthUnit: 'mcg', perVolumeMl: null,
    dispensingUnit: 'puff', route: 'inhaled', defaultDoseValue: 2, defaultDoseUnit: 'puff', defaultFrequency: 'PRN', defaultDurationDays: 30,
    drugClass: 'Beta-2 agonists', packSize: 200, childMinMgPerKgDay: null, childMaxMgPerKgDay: null, active: true, legalClass: 'pharmacy',
  },
];

/**
 * Warfarin with an NSAID is not one of the 15 ONC high-priority pairs (../shared/data/ddi/SOURCE.md),
 * yet it is the interaction a GP meets most: the warfarin label (Coumadin US prescribing
 * information, 7 Drug Interactions, and 5.1 Hemorrhage) and the BNF both warn of bleeding with
 * NSAIDs. It starts as a clinic pair, which the clinic can edit or retire.
 */
export const STARTER_INTERACTION_PAIRS: SaveInteractionPairInput[] = [
  {
    a: { drugs: ['warfarin'], class: 'Vitamin K antagonists' },
    b: { drugs: ['ibuprofen', 'diclofenac', 'naproxen', 'mefenamic acid', 'celecoxib', 'etoricoxib', 'aspirin'], class: 'NSAIDs' },
    severity: 'high',
    effect: 'Higher risk of bleeding, including gastrointestinal bleeding: the NSAID impairs platelets and the stomach lining on top of warfarin’s anticoagulation (warfarin label, sections 5.1 and 7; BNF).',
    management: 'Avoid: prefer paracetamol for pain. If an NSAID cannot be avoided, give the shortest course with gastroprotection and check the INR.',
  },
];
