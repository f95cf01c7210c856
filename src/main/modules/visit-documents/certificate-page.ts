import type { PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { UserRecord } from '../users';
import { doctorSignature, patientFields } from './document-parties';

export type SigningDoctor = Pick<UserRecord, 'displayName' | 'mmcNo' | 'qualifications'>;

/**
 * The shape of the clinic's A5 certificates (MC, time slip), Malay then English as Malaysian
 * forms are: a heading, the patient and the facts certified, the doctor's statement, remarks if
 * any, the signature and stamp with the doctor's MMC number, and the serial box an employer checks.
 */
export function certificatePage(certificate: {
  title: string;
  patient: PatientIdentity;
  facts: { label: string; value: string }[];
  statement: string;
  remarks: string | null;
  doctor: SigningDoctor;
  /** Narrower than the A5 default for a certificate with more to say (the quarantine slip's instructions). */
  marginsMm?: { top: number; right: number; bottom: number; left: number };
}): PageContent {
  return {
    title: certificate.title,
    languages: ['ms', 'en'],
    page: { size: 'A5', orientation: 'portrait', ...(certificate.marginsMm ? { marginsMm: certificate.marginsMm } : {}) },
    blocks: [
      { kind: 'heading', text: certificate.title.toUpperCase(), align: 'center' },
      { kind: 'fields', fields: [...patientFields(certificate.patient), ...certificate.facts] },
      { kind: 'paragraph', text: certificate.statement },
      ...(certificate.remarks ? [{ kind: 'paragraph' as const, text: `Catatan / Remarks: ${certificate.remarks}` }] : []),
      doctorSignature(certificate.doctor, 'Tandatangan dan cop klinik / Signature and clinic stamp'),
      { kind: 'serial-box' },
    ],
  };
}
