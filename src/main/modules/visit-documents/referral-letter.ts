import type { Allergy } from '../../../shared/schemas/patients';
import type { IssueReferralLetterInput, ReferralUrgency } from '../../../shared/schemas/visit-documents';
import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { SigningDoctor } from './certificate-page';
import { doctorSignature } from './document-parties';

export interface ReferralLetterFacts {
  patient: PatientIdentity & { dateOfBirth: string | null; sex: string | null; allergies: Allergy[] };
  doctor: SigningDoctor;
  date: string;
  letter: Omit<IssueReferralLetterInput, 'visitId'>;
}

const URGENCY: Record<ReferralUrgency, string> = { routine: 'Routine', soon: 'Soon (within 2 weeks)', urgent: 'URGENT — please see today' };

/**
 * A referral letter (A4, English as Malaysian hospitals take them): to a named specialist or
 * hospital, with the visit's findings, the patient's allergies (the receiving doctor prescribes
 * too) and current medicines, signed by the referring doctor.
 */
export function referralLetterPage(facts: ReferralLetterFacts): PageContent {
  const { letter, patient } = facts;
  const addressee = [letter.to.specialistName, letter.to.specialty, letter.to.hospital].filter(Boolean).join('\n');
  const allergies = patient.allergies.length ? patient.allergies.map((allergy) => [allergy.allergen, allergy.reaction].filter(Boolean).join(' – ')).join('; ') : 'None recorded';
  return {
    title: 'Referral Letter',
    languages: ['en'],
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: 'REFERRAL LETTER', align: 'center' },
      { kind: 'paragraph', text: `Date: ${dayMonthYear(facts.date)}\n\nTo:\n${addressee}` },
      {
        kind: 'fields',
        fields: [
          { label: 'Patient', value: patient.fullName },
          { label: 'Identity no.', value: patient.identityNo },
          ...(patient.dateOfBirth ? [{ label: 'Date of birth', value: dayMonthYear(patient.dateOfBirth) }] : []),
          ...(patient.sex ? [{ label: 'Sex', value: patient.sex }] : []),
          { label: 'Urgency', value: URGENCY[letter.urgency] },
          { label: 'Allergies', value: allergies },
        ],
      },
      { kind: 'paragraph', text: `Dear ${letter.to.specialistName ?? 'Doctor'},\n\nKindly see the patient above for further assessment and management.` },
      { kind: 'heading', text: 'Reason for referral', level: 2 },
      { kind: 'paragraph', text: letter.reason },
      { kind: 'heading', text: 'Findings', level: 2 },
      { kind: 'paragraph', text: letter.findings },
      ...(letter.currentMedications ? [{ kind: 'heading' as const, text: 'Current medications', level: 2 as const }, { kind: 'paragraph' as const, text: letter.currentMedications }] : []),
      { kind: 'paragraph', text: 'Thank you for seeing this patient.\n\nYours sincerely,' },
      doctorSignature(facts.doctor, 'Referring doctor'),
      { kind: 'serial-box' },
    ],
  };
}
