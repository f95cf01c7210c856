import type { SickLeave } from '../../../shared/schemas/documents';
import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { UserRecord } from '../users';
import { doctorSignature, patientFields } from './document-parties';

export interface MedicalCertificateFacts {
  patient: PatientIdentity;
  doctor: Pick<UserRecord, 'displayName' | 'mmcNo' | 'qualifications'>;
  examinedOn: string;
  leave: SickLeave;
  /** Only when the patient agreed to have it printed. */
  diagnosis: string | null;
  remarks: string | null;
}

/**
 * The MC page (A5, Malay then English): what an MC shows per the clinic rules — patient name and
 * identity number, date of examination, dates of leave, the doctor's name and MMC number under
 * the signature and stamp, the clinic from the letterhead, and the serial box an employer checks.
 */
export function medicalCertificatePage(facts: MedicalCertificateFacts): PageContent {
  const { leave } = facts;
  const dates = leave.days === 1 ? dayMonthYear(leave.from) : `${dayMonthYear(leave.from)} – ${dayMonthYear(leave.to)}`;
  return {
    title: 'Sijil Cuti Sakit / Medical Certificate',
    languages: ['ms', 'en'],
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: 'SIJIL CUTI SAKIT / MEDICAL CERTIFICATE', align: 'center' },
      {
        kind: 'fields',
        fields: [
          ...patientFields(facts.patient),
          { label: 'Tarikh pemeriksaan / Date of examination', value: dayMonthYear(facts.examinedOn) },
          { label: 'Cuti sakit / Sick leave', value: `${leave.days} hari / ${leave.days === 1 ? 'day' : 'days'}: ${dates}` },
          ...(facts.diagnosis ? [{ label: 'Diagnosis / Diagnosis', value: facts.diagnosis }] : []),
        ],
      },
      {
        kind: 'paragraph',
        text: 'Saya telah memeriksa pesakit di atas dan mendapati beliau tidak sihat untuk bekerja dalam tempoh tersebut. / I examined the patient above and found them unfit for work for the period stated.',
      },
      ...(facts.remarks ? [{ kind: 'paragraph' as const, text: `Catatan / Remarks: ${facts.remarks}` }] : []),
      doctorSignature(facts.doctor, 'Tandatangan dan cop klinik / Signature and clinic stamp'),
      { kind: 'serial-box' },
    ],
  };
}
