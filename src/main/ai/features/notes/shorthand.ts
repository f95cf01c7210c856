import type { SoapSection } from '../../../../shared/schemas/consultation';

/**
 * What a Malaysian GP's shorthand says about where a phrase belongs in a SOAP note. Every list
 * here only *places* words; none is used to rewrite them (the note keeps the doctor's own words).
 */

/** Headings written before a part of the note: with a colon or a dash after them they are labels, taken off the text. */
const HEADING_WORDS: Record<SoapSection, string[]> = {
  subjective: ['s', 'subj', 'subjective', 'hx', 'history', 'hpi', 'hopi', 'c/o', 'cc', 'complaints?', 'symptoms', 'sejarah', 'aduan'],
  objective: ['o', 'obj', 'objective', 'o/e', 'oe', 'exam', 'examination', 'pe', 'vitals', 'ix', 'investigations?', 'findings', 'pemeriksaan'],
  assessment: ['a', 'ass', 'assessment', 'imp', 'impression', 'dx', 'ddx', 'diagnosis', 'diagnoses', 'diagnosa', 'penilaian'],
  plan: ['p', 'plan', 'rx', 'mx', 'management', 'tx', 'treatment', 'advice', 'adv', 'rawatan', 'pelan', 'nasihat', 'f/u', 'follow[- ]?up'],
};

const escapeSlash = (word: string) => word.replace('/', '\\/');

/**
 * A heading: a word above followed by `:` (or ` - `), at a word's start. One letter (S, O, A, P)
 * followed by a number is a reading ("P: 88"), not a heading.
 */
export const HEADING = new RegExp(
  `(?<![\\p{L}\\p{N}/])(${Object.values(HEADING_WORDS).flat().map(escapeSlash).join('|')})\\s*(?::|\\s-\\s|\\s–\\s)(?!\\s*\\d)`,
  'giu',
);

export function headingSection(word: string): SoapSection {
  const lower = word.toLowerCase();
  const found = (Object.keys(HEADING_WORDS) as SoapSection[]).find((section) => HEADING_WORDS[section].some((w) => new RegExp(`^${escapeSlash(w)}$`).test(lower)));
  return found ?? 'subjective';
}

/** History cues kept in the text that place the whole sentence after them: "k/c/o DM, HTN on metformin 500mg bd". */
export const HISTORY_SENTENCE = /^(?:k\/c\/o|kco|known case of|known|pmhx|pmh|h\/o|hx of|history of|background)\b/i;

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const startsWith = (list: string[]) => new RegExp(`^(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Cues at a phrase's start that place it, kept in the text. */
export const START_CUES: ReadonlyArray<[RegExp, SoapSection]> = [
  [startsWith(['tca', 'f\\/u', 'fu', 'follow[- ]?up', 'r\\/v', 'review', 'refer\\w*', 'rujuk\\w*', 'mc', 'adv\\w*', 'nasihat', 'rx', 'mx', 'continue', 'cont', 'given', 'bagi', 'beri', 'counsel\\w*', 'return', 'come back', 'datang semula', 'increase', 'decrease', 'stop', 'off']), 'plan'],
  [startsWith(['c\\/o', 'cc', 'pt', 'patient', 'pesakit', 'mengadu', 'took', 'taken', 'tried', 'self[- ]?med\\w*', 'allerg\\w*', 'nkda', 'nka', 'sejak', 'came for', 'here for', 'datang untuk']), 'subjective'],
  [startsWith(['o\\/e', 'oe', 'on exam\\w*', 'exam\\w*', 'pe', 'ga', 'vitals?', 'ix', 'pemeriksaan']), 'objective'],
  [startsWith(['\\?', 'imp', 'impression', 'dx', 'ddx', 'diagnos\\w*', 'likely', 'most likely', 'probabl[ey]', 'possibl[ey]', 'suspect\\w*', 'r\\/o', 'rule out', 'c\\/w', 'consistent with', 'in keeping with']), 'assessment'],
];

/** Readings with a value: temperature, BP, pulse, breathing, SpO2, weight, and test results. */
export const READINGS = [
  /(?<![\p{L}\p{N}])(?:t|temp|temperature|suhu)\s*[:=]?\s*[34]\d(?:\.\d+)?(?!\d)/iu,
  /(?<![\p{L}\p{N}.])[34]\d\.\d\s*°?\s*c(?![\p{L}])/iu,
  /(?<![\p{L}\p{N}])bp\s*[:=]?\s*\d{2,3}\s*\/\s*\d{2,3}/iu,
  /(?<![\p{L}\p{N}])(?:pr|hr|p|pulse|nadi)\s*[:=]?\s*\d{2,3}(?![\d.]|\s*(?:mg|g|ml)(?![\p{L}]))/iu,
  /(?<![\p{L}\p{N}])rr\s*[:=]?\s*\d{1,2}(?!\d)/iu,
  /(?<![\p{L}\p{N}])s[pa]o2(?![\p{L}])/iu,
  /(?<![\p{L}\p{N}])(?:wt|weight|ht|height|bmi|berat)\s*[:=]?\s*\d/iu,
  /(?<![\p{L}\p{N}])gcs\s*[:=]?\s*\d/iu,
  /(?<![\p{L}\p{N}])(?:dxt|rbs|fbs|hba1c|hb|wbc|twc|plt|platelets?|hct|ns1|igm|igg|upt|crp|esr|ua|ufeme|urine dip\w*)\s*[:=]?\s*(?:\d|[+-]\s*ve|pos\w*|neg\w*|normal|nad|\+|-)/iu,
];

/** Medicines: a dose, how often, a course, a form, or a medicine's name. */
export const MEDICINES = [
  /(?<![\p{L}])\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|gm|ml|iu|units?|tabs?|caps?|puffs?|sachets?)(?![\p{L}])/iu,
  words(['od', 'om', 'bd', 'bid', 'tds', 'tid', 'qid', 'qds', 'prn', 'stat', 'nocte', 'eod', 'q[1-9]\\d?h']),
  /(?<![\p{L}\p{N}])x\s*\d+\s*\/\s*(?:7|52|12)(?!\d)/iu,
  words(['tab', 'tabs', 'tablets?', 'caps?', 'capsules?', 'syr', 'syrup', 'susp', 'mixture', 'inj', 'injection', 'cream', 'oint(?:ment)?', 'gargle', 'lozenges?', 'inhaler', 'mdi', 'neb\\w*', 'spray', 'drops', 'ubat']),
  words([
    'paracetamol', 'pcm', 'panadol', 'ibuprofen', 'brufen', 'mefenamic(?: acid)?', 'ponstan', 'diclofenac', 'naproxen', 'celecoxib', 'etoricoxib',
    'amoxicillin', 'amoxycillin', 'augmentin', 'co-amoxiclav', 'cloxacillin', 'cephalexin', 'cefuroxime', 'azithromycin', 'erythromycin', 'clarithromycin', 'doxycycline', 'metronidazole', 'ciprofloxacin', 'penicillin',
    'cetirizine', 'loratadine', 'chlorpheniramine', 'cpm', 'piriton', 'promethazine', 'diphenhydramine', 'bromhexine', 'ambroxol', 'dextromethorphan', 'guaifenesin', 'salbutamol', 'ventolin', 'budesonide', 'prednisolone',
    'metformin', 'gliclazide', 'insulin', 'amlodipine', 'perindopril', 'losartan', 'atorvastatin', 'simvastatin', 'omeprazole', 'pantoprazole', 'ranitidine', 'famotidine', 'antacids?', 'mmt', 'gaviscon',
    'buscopan', 'hyoscine', 'metoclopramide', 'maxolon', 'domperidone', 'motilium', 'loperamide', 'ors', 'charcoal', 'lactulose', 'bisacodyl', 'fluconazole', 'clotrimazole', 'hydrocortisone', 'betamethasone', 'calamine', 'acyclovir', 'oseltamivir', 'tamiflu',
  ]),
];

/** Examination findings. */
export const FINDINGS = words([
  'afebrile', 'febrile', 'alert', 'conscious', 'pink', 'pale', 'jaundice\\w*', 'cyanos\\w*', 'dehydrat\\w*', 'hydration', 'crt', 'capillary refill',
  'chest clear', 'lungs? clear', 'clear lungs', 'ae\\s*be', 'aebe', 'air entry', 'breath sounds?', 'crepts?', 'creps', 'crackles', 'rhonchi', 'rales',
  's1\\s*s2', 'dual rhythm', 'drnm', 'murmurs?', 'abd(?:omen)? soft', 'soft,? non[- ]?tender', 'snt', 'non[- ]?tender', 'tender\\w*', 'guarding', 'bs\\s*\\+', 'bowel sounds',
  'injected', 'pharynx\\w*', 'tonsils?', 'tonsillar', 'exudates?', 'enlarged', 'erythema\\w*', 'inflamed', 'swollen', 'lymph ?nodes?', 'cervical ln', 'tympanic', 'tm', 'otoscop\\w*',
  'pupils?', 'perrla', 'nad', 'no abnormality', 'lesions?', 'oedema', 'edema', 'neck stiff\\w*', 'tekak merah', 'tekak radang',
]);

/** Advice and arrangements. */
export const ADVICE = words([
  'rest', 'bed rest', 'fluids?', 'hydrate', 'push fluids', 'banyak minum', 'minum air', 'rehat', 'diet', 'avoid', 'elevate', 'warm compress', 'steam',
  'return if', 'come back if', 'warning signs', 'red flags?', 'safety net\\w*', 'admit\\w*', 'a&e', 'refer\\w*', 'rujuk\\w*', 'mc', 'cuti sakit', 'tca', 'f\\/u', 'follow[- ]?up', 'review', 'r\\/v',
]);

/** Diagnoses, in the abbreviations GPs use; the capitals-only ones are ordinary words in lower case ("age"). */
export const DIAGNOSES = [
  /(?<![\p{L}\p{N}])(?:AGE|DM|T2DM|OA|APD|IBS|ILI|BPPV|LBP)(?![\p{L}\p{N}])/u,
  words([
    'urti', 'lrti', 'uti', 'htn', 'viral fever', 'viral illness', 'viral infection', 'dengue\\w*', 'denggi', 'influenza', 'covid\\w*', 'pharyngitis', 'tonsillitis', 'tonsilitis', 'laryngitis', 'sinusitis',
    'rhinitis', 'otitis\\w*', 'conjunctivitis', 'bronchitis', 'bronchiolitis', 'pneumonia', 'asthma', 'copd', 'gastritis', 'gastroenteritis', 'dyspepsia', 'gerd', 'gord', 'constipation',
    'hfmd', 'chickenpox', 'varicella', 'measles', 'scabies', 'tinea', 'fungal', 'candid\\w*', 'cellulitis', 'abscess', 'impetigo', 'eczema', 'dermatitis', 'urticaria', 'migraine',
    'tension headache', 'vertigo', 'myalgia', 'sprain', 'strain', 'gout', 'osteoarthritis', 'hypertension', 'diabetes', 'dyslipidaemia', 'hyperlipid\\w*', 'an(?:a)?emia', 'hypothyroid\\w*',
    'infection', 'jangkitan', 'uncontrolled', 'not at target',
  ]),
];

/** Complaints and how long: "fever 3/7", "cough 2/52", "demam 3 hari". */
export const COMPLAINTS = [
  /(?<![\p{L}\p{N}x])\d+\s*\/\s*(?:7|52|12)(?!\d)/iu,
  /(?<![\p{L}\p{N}])\d+\s*(?:days?|d|weeks?|wks?|months?|mths?|hari|minggu|bulan)(?![\p{L}])/iu,
  words([
    'since', 'ago', 'sejak', 'lalu', 'complain\\w*', 'fever\\w*', 'cough\\w*', 'sore throat', 'throat pain', 'runny nose', 'rhinorrh\\w*', 'nasal (?:congestion|block\\w*|discharge)', 'blocked nose',
    'sneez\\w*', 'phlegm', 'sputum', 'kahak', 'headache', 'giddiness', 'giddy', 'dizz\\w*', 'pening', 'body aches?', 'malaise', 'letharg\\w*', 'tired\\w*', 'letih', 'lemah', 'chills', 'rigors',
    'nausea', 'loya', 'vomit\\w*', 'muntah', 'diarrh\\w*', 'loose stools?', 'cirit(?:[- ]birit)?', 'abd(?:ominal)? pain', 'stomach ache', 'sakit perut', 'chest pain', 'sob', 'breathless\\w*',
    'sesak nafas', 'wheez\\w*', 'itch\\w*', 'gatal', 'rash\\w*', 'poor appetite', 'loa', 'appetite', 'dysuria', 'painful urination', 'demam', 'batuk', 'selsema', 'selesema', 'sakit tekak',
    'sakit kepala', 'hidung berair', 'hidung tersumbat', 'sakit badan', 'sakit',
  ]),
];
