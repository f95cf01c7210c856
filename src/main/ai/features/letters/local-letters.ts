import { diagnosesText, medicationLines, vitalsText, type LetterVisitFacts } from './visit-facts';

/** The referral letter's three written parts (the issueReferralLetter input's). */
export interface ReferralDraft {
  reason: string;
  findings: string;
  currentMedications: string;
}

/** The quarantine slip's wording, Malay then English where it is the clinic's own words. */
export interface QuarantineDraft {
  condition: string;
  /** A diagnosis of the visit is on the list of notifiable diseases below: the doctor confirms by leaving the box ticked. */
  notifiable: boolean;
  instructions: string;
}

export interface McRemarksDraft {
  remarks: string;
}

/** The issue forms' limits (src/shared/schemas/visit-documents.ts): a draft never outgrows its field. */
export const LETTER_LIMITS = { reason: 2_000, findings: 5_000, currentMedications: 2_000, condition: 300, instructions: 2_000, remarks: 500 } as const;

function clipped(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

function labelled(parts: [string, string][]): string {
  return parts
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `${label}: ${text.trim()}`)
    .join('\n');
}

/**
 * The referral from the record alone: why (complaint, diagnoses, assessment, plan), what was found
 * (history, examination, vital signs), and the medicines prescribed in this visit. Parts the record
 * does not have are left out, and a field with nothing to say stays empty for the doctor.
 */
export function localReferral(facts: LetterVisitFacts): ReferralDraft {
  return {
    reason: clipped(
      labelled([
        ['Presenting complaint', facts.complaint],
        ['Diagnosis', diagnosesText(facts.diagnoses)],
        ['Assessment', facts.note.assessment],
        ['Plan', facts.note.plan],
      ]),
      LETTER_LIMITS.reason,
    ),
    findings: clipped(
      labelled([
        ['History', facts.note.subjective],
        ['Examination', facts.note.objective],
        ['Vital signs', vitalsText(facts.vitals)],
      ]),
      LETTER_LIMITS.findings,
    ),
    currentMedications: clipped(medicationLines(facts.prescriptions).join('\n'), LETTER_LIMITS.currentMedications),
  };
}

/**
 * ICD-10 chapters of diseases notifiable in Malaysia under Act 342's schedule as the clinic knows it
 * (cholera, typhoid, food poisoning, dysentery, tuberculosis, diphtheria, pertussis, tetanus,
 * leprosy, leptospirosis, plague, relapsing fever, typhus, polio, rabies, Japanese encephalitis,
 * dengue, chikungunya, Zika, yellow fever, Ebola, measles, hand-foot-and-mouth disease, viral
 * hepatitis, HIV, syphilis, gonorrhoea, chancroid, malaria, avian influenza, COVID-19).
 * Unconfirmed against the gazetted schedule: it only pre-ticks a box the doctor decides on.
 */
const NOTIFIABLE_CODE_PREFIXES = [
  'A00', 'A01', 'A02', 'A03', 'A05', 'A06', 'A15', 'A16', 'A17', 'A18', 'A19', 'A20', 'A27', 'A30', 'A33', 'A34', 'A35', 'A36', 'A37',
  'A50', 'A51', 'A52', 'A53', 'A54', 'A57', 'A68', 'A75', 'A80', 'A82', 'A83.0', 'A90', 'A91', 'A92.0', 'A92.5', 'A95', 'A97', 'A98.4',
  'B05', 'B08.4', 'B15', 'B16', 'B17', 'B18', 'B19', 'B20', 'B21', 'B22', 'B23', 'B24', 'B50', 'B51', 'B52', 'B53', 'B54', 'J09', 'U07.1',
];

export function isNotifiableCode(code: string): boolean {
  const upper = code.toUpperCase();
  return NOTIFIABLE_CODE_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/** "Review in 3 days", "TCA 1/52", "ulang dalam 5 hari": the follow-up the plan asks for, in days. */
export function reviewDaysIn(plan: string): number | null {
  const match = /\b(?:review|follow[- ]?up|tca|ulang(?:\s+semula)?|temujanji)\b\D{0,15}?(\d{1,2})\s*(\/7|\/52|days?|hari|weeks?|minggu)\b/i.exec(plan);
  if (!match) return null;
  const count = Number(match[1]);
  return /52|week|minggu/i.test(match[2]) ? count * 7 : count;
}

const QUARANTINE_INSTRUCTIONS = [
  'Duduk di rumah, elakkan bersemuka dengan orang lain dan pakai pelitup muka. / Stay at home, avoid contact with others and wear a face mask.',
  'Dapatkan rawatan segera jika simptom bertambah teruk. / Seek care at once if the symptoms get worse.',
];

/** The condition the record names (the primary diagnosis first, else the complaint), and the clinic's standing instructions with the plan's review. */
export function localQuarantine(facts: LetterVisitFacts): QuarantineDraft {
  const condition = diagnosesText(facts.diagnoses) || facts.note.assessment.split('\n')[0]?.trim() || facts.complaint.trim();
  const review = reviewDaysIn(facts.note.plan);
  const instructions = [
    ...QUARANTINE_INSTRUCTIONS,
    ...(review ? [`Datang semula untuk pemeriksaan susulan dalam ${review} hari. / Return for review in ${review} ${review === 1 ? 'day' : 'days'}.`] : []),
  ];
  return {
    condition: clipped(condition, LETTER_LIMITS.condition),
    notifiable: facts.diagnoses.some((diagnosis) => isNotifiableCode(diagnosis.code)),
    instructions: instructions.join('\n'),
  };
}

/**
 * An MC's remarks line from the plan's advice, in fixed words (Malay / English as the MC prints):
 * rest, light duties, the review. Nothing of the diagnosis: an MC shows it only with the patient's
 * agreement, and that is the diagnosis field's, not the remarks'.
 */
export function localMcRemarks(facts: LetterVisitFacts): McRemarksDraft {
  const plan = facts.note.plan;
  const remarks: string[] = [];
  if (/\b(?:bed\s*rest|rest|rehat|berehat)\b/i.test(plan)) remarks.push('Dinasihatkan berehat / Advised to rest');
  if (/\blight\s+dut(?:y|ies)\b|\btugas(?:an)?\s+ringan\b/i.test(plan)) remarks.push('Tugas ringan sahaja / Light duties only');
  const review = reviewDaysIn(plan);
  if (review) remarks.push(`Pemeriksaan susulan dalam ${review} hari / Review in ${review} ${review === 1 ? 'day' : 'days'}`);
  return { remarks: clipped(remarks.join('. '), LETTER_LIMITS.remarks) };
}
