import type { PatientIdentifiers } from './own-identifiers';

/**
 * Synthetic patients for the privacy tests (no real person): a Malay, an Indian and a Chinese
 * name form, each with every identifier the record holds. Also used by the test that inspects
 * what a model server receives.
 */
export const SITI: PatientIdentifiers = {
  fullName: 'Siti Nurhaliza binti Abdullah',
  identityType: 'mykad',
  identityNo: '850312-14-5678',
  dateOfBirth: '1985-03-12',
  phones: ['+60 12-345 6789'],
  email: 'siti.nurhaliza85@gmail.com',
  address: 'No. 12, Jalan Mesra 3, Taman Mesra Jaya, 53000 Kuala Lumpur',
  postcode: '53000',
  employer: 'Syarikat Maju Jaya Sdn Bhd',
  emergencyContact: { name: 'Mohd Faizal bin Ismail', relationship: 'husband', phone: '013-987 6543' },
  mrn: 'MRN-004211',
};

export const PRIYA: PatientIdentifiers = {
  fullName: 'Priya a/p Subramaniam',
  identityType: 'aadhaar',
  identityNo: '2341 2341 2346',
  dateOfBirth: '1991-07-04',
  phones: ['+91 98765 43210'],
  email: 'priya.s@example.in',
  address: 'Flat 4B, Shanti Nagar, 2nd Cross Road, Bengaluru',
  postcode: '560001',
  employer: 'Vistara Softworks Pvt Ltd',
  emergencyContact: { name: 'Raman s/o Krishnan', relationship: 'father', phone: '+91 91234 56780' },
  mrn: 'MRN-004212',
};

export const TAN: PatientIdentifiers = {
  fullName: 'Tan Wei Ming 陈伟明',
  identityType: 'passport',
  identityNo: 'K1234567A',
  dateOfBirth: '1978-11-23',
  phones: ['+65 9123 4567', '03-2141 5678'],
  email: 'weiming.tan@example.sg',
  address: 'Blk 123 Ang Mo Kio Avenue 3, #05-67, Singapore',
  postcode: '560123',
  employer: 'Lian Huat Trading Pte Ltd',
  emergencyContact: { name: 'Lim Mei Ling', relationship: 'wife', phone: '+65 8765 4321' },
  mrn: 'MRN-004213',
};

export const SAMPLE_PATIENTS = [SITI, PRIYA, TAN] as const;

/** Every form of each patient's identifiers a note may hold, which must never be in text sent out. */
export const LEAKS: Record<string, readonly string[]> = {
  [SITI.fullName]: ['Siti', 'Nurhaliza', 'Abdullah', '850312-14-5678', '850312145678', '850312 14 5678', '12-345 6789', '0123456789', '123456789', '+60123456789', 'siti.nurhaliza85@gmail.com', 'Jalan Mesra 3', 'Taman Mesra Jaya', '53000', 'Maju Jaya', 'Faizal', 'Ismail', '9876543', '987 6543', '12/03/1985', '12 March 1985', '12 Mac 1985', '1985-03-12', '004211'],
  [PRIYA.fullName]: ['Priya', 'Subramaniam', '2341 2341 2346', '234123412346', '98765 43210', '9876543210', 'priya.s@example.in', 'Shanti Nagar', '560001', 'Vistara', 'Raman', 'Krishnan', '91234 56780', '04/07/1991', '4 July 1991', '004212'],
  [TAN.fullName]: ['Wei Ming', 'Weiming', 'Wei-Ming', '陈伟明', '伟明', 'K1234567A', 'k 1234567 a', '9123 4567', '91234567', '2141 5678', 'weiming.tan@example.sg', 'Ang Mo Kio', '560123', 'Lian Huat', 'Mei Ling', '8765 4321', '23 Nov 1978', '1978-11-23', '004213'],
};
