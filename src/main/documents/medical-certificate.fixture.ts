import type { DocumentKind } from './document-kinds';
import type { PageContent } from './page/page-layout';

/*
 * The shape the next issue's documents take, for the tests: an MC as a module would write it
 * (what an MC shows, per the clinic rules: patient name and identity number, doctor's name and
 * MMC number, clinic name and address from the letterhead, date of examination, dates of leave,
 * signature and stamp, and a serial an employer can verify; no diagnosis), and a second kind.
 */

export const MEDICAL_CERTIFICATE: DocumentKind = { key: 'medical-certificate', serial: { prefix: 'MC', digits: 5, perYear: true } };
export const REFERRAL_LETTER: DocumentKind = { key: 'referral-letter', serial: { prefix: 'RL', digits: 5, perYear: true } };

export function sampleMedicalCertificate(patient = { name: 'Tan Ah Kow 陈阿九', identityNo: '700101-10-5111' }): PageContent {
  return {
    title: 'Sijil Cuti Sakit / Medical Certificate',
    languages: ['ms', 'en'],
    page: { size: 'A5', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: 'SIJIL CUTI SAKIT / MEDICAL CERTIFICATE', align: 'center' },
      {
        kind: 'fields',
        fields: [
          { label: 'Nama / Name', value: patient.name },
          { label: 'No. K/P / IC No.', value: patient.identityNo },
          { label: 'Tarikh pemeriksaan / Date of examination', value: '23/11/2026' },
          { label: 'Cuti sakit / Sick leave', value: '2 hari / days: 23/11/2026 – 24/11/2026' },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Saya telah memeriksa pesakit di atas dan mendapati beliau tidak sihat untuk bekerja dalam tempoh tersebut. / I examined the patient above and found them unfit for work for the period stated.',
      },
      { kind: 'signatures', signatures: [{ label: 'Tandatangan dan cop klinik / Signature and clinic stamp', name: 'Dr Aminah binti Hassan', detail: 'MMC 54321' }] },
      { kind: 'serial-box' },
    ],
  };
}

/** A referral letter: a heading, the letter as paragraphs, one signature. */
export function sampleReferralLetter(): PageContent {
  return {
    title: 'Referral letter',
    languages: ['en'],
    page: { size: 'A4', orientation: 'portrait' },
    blocks: [
      { kind: 'heading', text: 'Referral letter' },
      { kind: 'paragraph', text: 'Dear Doctor,\nKindly see Mr Tan for further management of his persistent cough.' },
      { kind: 'signatures', signatures: [{ label: 'Referring doctor', name: 'Dr Aminah binti Hassan', detail: 'MMC 54321' }] },
    ],
  };
}
