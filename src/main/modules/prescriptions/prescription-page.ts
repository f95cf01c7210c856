import { ageParts } from '../../../shared/age';
import { doseWords } from '../../../shared/prescribing/dose-words';
import type { Allergy } from '../../../shared/schemas/patients';
import { dayMonthYear, type DocumentKind, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { UserRecord } from '../users';
import { doctorSignature, patientFields } from '../visit-documents';
import type { PrescriptionLineRecord } from './entities';

/** Numbered on for ever, like a prescription book's entries (Poisons Act s24): RX-0001234. */
export const PRESCRIPTION: DocumentKind = { key: 'prescription', serial: { prefix: 'RX', digits: 7, perYear: false } };

export interface PrescriptionFacts {
  patient: PatientIdentity & { dateOfBirth: string | null; allergies: Allergy[] };
  prescribers: Pick<UserRecord, 'displayName' | 'mmcNo' | 'qualifications'>[];
  date: string;
  lines: PrescriptionLineRecord[];
}

/** "34 tahun / years", "1 tahun 3 bulan / 1 year 3 months": months count for a child's dose. */
function ageText(dateOfBirth: string, today: string): string {
  const { years, months } = ageParts(dateOfBirth, today);
  if (years >= 5) return `${years} tahun / years`;
  return `${years} tahun ${months} bulan / ${years} ${years === 1 ? 'year' : 'years'} ${months} ${months === 1 ? 'month' : 'months'}`;
}

const SUPPLY = { 'in-house': 'Klinik / In-house', external: 'Farmasi luar / External' } as const;

/**
 * The printed prescription (A5, Malay then English). What it carries follows Poisons Act 1952
 * s21(2): dated, the patient's name (and identity number), each medicine with its dose and total
 * amount, the prescriber's name and registration under the signature; the clinic's name and
 * address come with the letterhead. The allergies are printed so that an outside pharmacist
 * filling it checks them too.
 */
export function prescriptionPage(facts: PrescriptionFacts): PageContent {
  const { patient } = facts;
  const allergies = patient.allergies.length ? patient.allergies.map((allergy) => [allergy.allergen, allergy.reaction].filter(Boolean).join(' – ')).join('; ') : 'Tiada direkodkan / None recorded';
  return {
    title: 'Preskripsi / Prescription',
    languages: ['ms', 'en'],
    // Narrower margins than an MC's: a prescription has a table to fit on the one A5 sheet.
    page: { size: 'A5', orientation: 'portrait', marginsMm: { top: 8, right: 8, bottom: 8, left: 8 } },
    blocks: [
      { kind: 'heading', text: 'PRESKRIPSI / PRESCRIPTION', align: 'center' },
      {
        kind: 'fields',
        fields: [
          ...patientFields(patient),
          // Date and age share a row, so that an ordinary prescription with its serial box stays on one A5 sheet.
          patient.dateOfBirth
            ? { label: 'Tarikh / Date · Umur / Age', value: `${dayMonthYear(facts.date)} · ${ageText(patient.dateOfBirth, facts.date)}` }
            : { label: 'Tarikh / Date', value: dayMonthYear(facts.date) },
          { label: 'Alahan / Allergies', value: allergies },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'Ubat / Medicine', width: 3 },
          { title: 'Arahan / Directions', width: 4 },
          { title: 'Kuantiti / Qty', width: 1.5, align: 'right' },
          { title: 'Bekalan / Supply', width: 1.7 },
        ],
        rows: facts.lines.map((line) => [
          line.medicineLabel,
          [doseWords(line, 'en'), doseWords(line, 'ms'), line.instructions].filter(Boolean).join('\n'),
          `${line.quantity} ${line.quantityUnit}`,
          SUPPLY[line.dispensing],
        ]),
      },
      ...facts.prescribers.map((doctor) => doctorSignature(doctor, 'Tandatangan / Signature')),
      { kind: 'serial-box' },
    ],
  };
}
