import type { IdentityType } from '../../../shared/identity/identity';
import type { PageBlock } from '../../documents';
import type { PatientIdentity } from '../patients';
import type { UserRecord } from '../users';

type Field = { label: string; value: string };

/** How each identity document is named on a Malaysian form: Malay first, then English. */
const IDENTITY_LABELS: Record<IdentityType, string> = {
  mykad: 'No. K/P / IC No.',
  passport: 'No. pasport / Passport No.',
  aadhaar: 'No. Aadhaar / Aadhaar No.',
  other: 'No. pengenalan / Identity No.',
};

/** The patient's name and identity number, the first lines of every document issued for them. */
export function patientFields(patient: PatientIdentity): Field[] {
  return [
    { label: 'Nama / Name', value: patient.fullName },
    { label: IDENTITY_LABELS[patient.identityType], value: patient.identityNo },
  ];
}

/** The doctor as printed under the signature: the name, and "MBBS (UM) · MMC 54321" when on file. */
export function doctorSignature(doctor: Pick<UserRecord, 'displayName' | 'mmcNo' | 'qualifications'>, label: string): PageBlock {
  const detail = [doctor.qualifications, doctor.mmcNo ? `MMC ${doctor.mmcNo}` : null].filter(Boolean).join(' · ');
  return { kind: 'signatures', signatures: [{ label, name: doctor.displayName, ...(detail ? { detail } : {}) }] };
}
