import { FREQUENCIES, TIMINGS, type DoseUnit, type MedicineRoute } from '../schemas/medicines';
import type { PrescriptionLine } from '../schemas/prescriptions';

/** What the directions need of a prescription line. */
export type DoseLine = Pick<PrescriptionLine, 'doseValue' | 'doseUnit' | 'frequency' | 'durationDays' | 'route' | 'timing'>;

export type DoseLanguage = 'en' | 'ms';

/** Counted units in English (singular, plural) and Malay (Malay does not inflect: "2 biji"). Amounts (mg, ml…) stay as written. */
const COUNTED: Partial<Record<DoseUnit, { en: [string, string]; ms: string }>> = {
  tablet: { en: ['tablet', 'tablets'], ms: 'biji' },
  capsule: { en: ['capsule', 'capsules'], ms: 'kapsul' },
  puff: { en: ['puff', 'puffs'], ms: 'sedutan' },
  drop: { en: ['drop', 'drops'], ms: 'titis' },
  sachet: { en: ['sachet', 'sachets'], ms: 'paket' },
  suppository: { en: ['suppository', 'suppositories'], ms: 'suppositori' },
  patch: { en: ['patch', 'patches'], ms: 'tampalan' },
  application: { en: ['application', 'applications'], ms: 'sapuan' },
  unit: { en: ['unit', 'units'], ms: 'unit' },
};

/** The verb a label opens with, by route: one swallows a tablet but applies a cream. */
const VERBS: Record<MedicineRoute, Record<DoseLanguage, string>> = {
  oral: { en: 'Take', ms: 'Makan' },
  sublingual: { en: 'Dissolve under the tongue', ms: 'Larutkan di bawah lidah' },
  topical: { en: 'Apply', ms: 'Sapu' },
  inhaled: { en: 'Inhale', ms: 'Sedut' },
  ophthalmic: { en: 'Put into the eye', ms: 'Titiskan ke dalam mata' },
  otic: { en: 'Put into the ear', ms: 'Titiskan ke dalam telinga' },
  nasal: { en: 'Use in the nose', ms: 'Gunakan dalam hidung' },
  PR: { en: 'Insert into the back passage', ms: 'Masukkan ke dalam dubur' },
  PV: { en: 'Insert into the vagina', ms: 'Masukkan ke dalam faraj' },
  IM: { en: 'Inject into the muscle', ms: 'Suntik ke dalam otot' },
  IV: { en: 'Inject into the vein', ms: 'Suntik ke dalam vena' },
  SC: { en: 'Inject under the skin', ms: 'Suntik di bawah kulit' },
};

/** "1", "0.5", "2.5": no trailing zeros, a point for decimals as Malaysian labels print them. */
function amount(value: number): string {
  return String(Number(value.toFixed(3)));
}

function doseText(line: DoseLine, language: DoseLanguage): string {
  const counted = COUNTED[line.doseUnit];
  if (!counted) return `${amount(line.doseValue)} ${line.doseUnit}`;
  const word = language === 'ms' ? counted.ms : counted.en[line.doseValue === 1 ? 0 : 1];
  return `${amount(line.doseValue)} ${word}`;
}

function durationText(days: number, language: DoseLanguage): string {
  return language === 'ms' ? `selama ${days} hari` : `for ${days} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * The directions for use, as a label says them: "Take 1 tablet three times a day after food for
 * 5 days" / "Makan 1 biji tiga kali sehari selepas makan selama 5 hari". A stat dose has no
 * duration; "with or without food" is left out as it tells the patient nothing.
 */
export function doseWords(line: DoseLine, language: DoseLanguage): string {
  const frequency = FREQUENCIES[line.frequency];
  const parts = [VERBS[line.route][language], doseText(line, language), frequency[language]];
  if (line.timing !== 'any') parts.push(TIMINGS[line.timing][language]);
  if (line.durationDays !== null && !('once' in frequency)) parts.push(durationText(line.durationDays, language));
  return parts.join(' ');
}
