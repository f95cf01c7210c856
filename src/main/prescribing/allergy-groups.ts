/**
 * Common drug-allergy groups: what a recorded allergy to one member, or to the group by name,
 * means for another medicine. Where the groupings come from, and what is left out, is in
 * allergy-groups.SOURCE.md beside this file. Member names are in the spelling of drug-names.ts.
 */
export interface AllergyGroup {
  key: string;
  /** Shown as the evidence's class when the medicine has no class of its own. */
  label: string;
  /** What reception may type for the whole group (compared after normaliseClassName). */
  names: readonly string[];
  members: readonly string[];
  /** Groups a patient allergic to this one may also react to: a warning, not the same as an allergy to the group. */
  crossReactsWith: readonly string[];
}

export const ALLERGY_GROUPS: readonly AllergyGroup[] = [
  {
    key: 'penicillins',
    label: 'Penicillins',
    names: ['penicillin', 'penicillins', 'pcn', 'beta lactam antibacterials penicillins'],
    members: [
      'amoxicillin', 'ampicillin', 'benzylpenicillin', 'penicillin g', 'phenoxymethylpenicillin', 'penicillin v', 'benzathine benzylpenicillin',
      'procaine benzylpenicillin', 'cloxacillin', 'flucloxacillin', 'dicloxacillin', 'oxacillin', 'nafcillin', 'piperacillin', 'ticarcillin',
      'pivmecillinam', 'mecillinam', 'bacampicillin', 'pivampicillin', 'sultamicillin',
    ],
    crossReactsWith: ['cephalosporins', 'carbapenems'],
  },
  {
    key: 'cephalosporins',
    label: 'Cephalosporins',
    names: ['cephalosporin', 'cephalosporins', 'cefalosporin', 'cefalosporins'],
    members: [
      'cephalexin', 'cefadroxil', 'cefazolin', 'cephradine', 'cefaclor', 'cefuroxime', 'cefprozil', 'cefoxitin', 'cefixime', 'cefpodoxime',
      'cefdinir', 'ceftibuten', 'ceftriaxone', 'cefotaxime', 'ceftazidime', 'cefoperazone', 'cefepime', 'ceftaroline',
    ],
    crossReactsWith: ['penicillins', 'carbapenems'],
  },
  {
    key: 'carbapenems',
    label: 'Carbapenems',
    names: ['carbapenem', 'carbapenems'],
    members: ['imipenem', 'meropenem', 'ertapenem', 'doripenem'],
    crossReactsWith: ['penicillins', 'cephalosporins'],
  },
  {
    key: 'sulfonamides',
    label: 'Sulfonamide antibacterials',
    names: ['sulfa', 'sulpha', 'sulfa drug', 'sulfonamide', 'sulphonamide', 'sulfonamide antibiotic', 'sulfonamide antibacterial'],
    members: ['sulfamethoxazole', 'sulfadiazine', 'silver sulfadiazine', 'sulfasalazine', 'sulfacetamide', 'sulfadoxine', 'sulfisoxazole'],
    crossReactsWith: [],
  },
  {
    key: 'nsaids',
    label: 'NSAIDs (including aspirin)',
    names: ['nsaid', 'nsaids', 'non steroidal anti inflammatory drug', 'nonsteroidal anti inflammatory drug', 'salicylate', 'salicylates'],
    members: [
      'aspirin', 'ibuprofen', 'diclofenac', 'naproxen', 'mefenamic acid', 'indomethacin', 'indometacin', 'ketoprofen', 'dexketoprofen',
      'piroxicam', 'meloxicam', 'ketorolac', 'aceclofenac', 'flurbiprofen', 'sulindac', 'etodolac', 'nabumetone', 'tenoxicam', 'lornoxicam',
      'diflunisal', 'dexibuprofen', 'fenoprofen',
    ],
    crossReactsWith: ['cox-2 inhibitors'],
  },
  {
    key: 'cox-2 inhibitors',
    label: 'COX-2 selective NSAIDs',
    names: ['cox 2 inhibitor', 'coxib', 'coxibs'],
    members: ['celecoxib', 'etoricoxib', 'parecoxib'],
    crossReactsWith: ['nsaids'],
  },
  {
    key: 'macrolides',
    label: 'Macrolides',
    names: ['macrolide', 'macrolides'],
    members: ['erythromycin', 'azithromycin', 'clarithromycin', 'roxithromycin', 'spiramycin', 'telithromycin'],
    crossReactsWith: [],
  },
  {
    key: 'quinolones',
    label: 'Quinolones',
    names: ['quinolone', 'quinolones', 'fluoroquinolone', 'fluoroquinolones'],
    members: ['ciprofloxacin', 'levofloxacin', 'moxifloxacin', 'ofloxacin', 'norfloxacin', 'nalidixic acid', 'gemifloxacin', 'delafloxacin'],
    crossReactsWith: [],
  },
  {
    key: 'tetracyclines',
    label: 'Tetracyclines',
    names: ['tetracyclines', 'tetracycline antibiotic'],
    members: ['tetracycline', 'doxycycline', 'minocycline', 'oxytetracycline', 'lymecycline'],
    crossReactsWith: [],
  },
  {
    key: 'opioids',
    label: 'Opioids',
    names: ['opioid', 'opioids', 'opiate', 'opiates', 'narcotic', 'narcotics', 'narcotic analgesic'],
    members: [
      'morphine', 'codeine', 'dihydrocodeine', 'tramadol', 'tapentadol', 'oxycodone', 'hydrocodone', 'hydromorphone', 'fentanyl',
      'meperidine', 'methadone', 'buprenorphine', 'pentazocine', 'nalbuphine', 'diamorphine', 'alfentanil', 'remifentanil', 'sufentanil',
    ],
    crossReactsWith: [],
  },
  {
    key: 'ace inhibitors',
    label: 'ACE inhibitors',
    names: ['ace inhibitor', 'ace inhibitors', 'acei', 'angiotensin converting enzyme inhibitor'],
    members: ['captopril', 'enalapril', 'lisinopril', 'perindopril', 'ramipril', 'quinapril', 'fosinopril', 'imidapril', 'trandolapril', 'benazepril'],
    crossReactsWith: [],
  },
];

/**
 * Brand names common on Malaysian packs that reception may type as the allergen → generic. A
 * medicine's own brand is matched directly; this table is for an allergy recorded by a brand
 * the clinic's medicine does not carry ("amoxil" against a generic amoxicillin).
 */
export const ALLERGEN_BRANDS: Readonly<Record<string, string>> = {
  amoxil: 'amoxicillin',
  augmentin: 'amoxicillin',
  moxilen: 'amoxicillin',
  ospamox: 'amoxicillin',
  keflex: 'cephalexin',
  zinnat: 'cefuroxime',
  rocephin: 'ceftriaxone',
  klacid: 'clarithromycin',
  zithromax: 'azithromycin',
  zithromycin: 'azithromycin',
  erythrocin: 'erythromycin',
  ciprobay: 'ciprofloxacin',
  cipro: 'ciprofloxacin',
  tavanic: 'levofloxacin',
  avelox: 'moxifloxacin',
  bactrim: 'sulfamethoxazole',
  septrin: 'sulfamethoxazole',
  ponstan: 'mefenamic acid',
  voltaren: 'diclofenac',
  cataflam: 'diclofenac',
  brufen: 'ibuprofen',
  nurofen: 'ibuprofen',
  naprosyn: 'naproxen',
  synflex: 'naproxen',
  arcoxia: 'etoricoxib',
  celebrex: 'celecoxib',
  cardiprin: 'aspirin',
  disprin: 'aspirin',
  tramal: 'tramadol',
  vibramycin: 'doxycycline',
};
