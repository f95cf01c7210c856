import type { SickLeave } from '../../../shared/schemas/documents';
import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import { certificatePage, type SigningDoctor } from './certificate-page';

export interface MedicalCertificateFacts {
  patient: PatientIdentity;
  doctor: SigningDoctor;
  examinedOn: string;
  leave: SickLeave;
  /** Only when the patient agreed to have it printed. */
  diagnosis: string | null;
  remarks: string | null;
}

/**
 * The MC: what an MC shows per the clinic rules — patient name and identity number, date of
 * examination, dates of leave, the doctor's name and MMC number under the signature and stamp,
 * the clinic from the letterhead — and the diagnosis only with the patient's consent.
 */
export function medicalCertificatePage(facts: MedicalCertificateFacts): PageContent {
  const { leave } = facts;
  const dates = leave.days === 1 ? dayMonthYear(leave.from) : `${dayMonthYear(leave.from)} – ${dayMonthYear(leave.to)}`;
  return certificatePage({
    title: 'Sijil Cuti Sakit / Medical Certificate',
    patient: facts.patient,
    facts: [
      { label: 'Tarikh pemeriksaan / Date of examination', value: dayMonthYear(facts.examinedOn) },
      { label: 'Cuti sakit / Sick leave', value: `${leave.days} hari / ${leave.days === 1 ? 'day' : 'days'}: ${dates}` },
      ...(facts.diagnosis ? [{ label: 'Diagnosis / Diagnosis', value: facts.diagnosis }] : []),
    ],
    statement:
      'Saya telah memeriksa pesakit di atas dan mendapati beliau tidak sihat untuk bekerja dalam tempoh tersebut. / I examined the patient above and found them unfit for work for the period stated.',
    remarks: facts.remarks,
    doctor: facts.doctor,
  });
}
