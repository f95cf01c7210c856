import type { DocumentKind } from '../../documents';

/** Each kind numbered apart, per year: MC-2026-00412, TS-2026-00031, RL-2026-00007. */
export const MEDICAL_CERTIFICATE: DocumentKind = { key: 'medical-certificate', serial: { prefix: 'MC', digits: 5, perYear: true } };
export const TIME_SLIP: DocumentKind = { key: 'time-slip', serial: { prefix: 'TS', digits: 5, perYear: true } };
export const REFERRAL_LETTER: DocumentKind = { key: 'referral-letter', serial: { prefix: 'RL', digits: 5, perYear: true } };
export const QUARANTINE_SLIP: DocumentKind = { key: 'quarantine-slip', serial: { prefix: 'QS', digits: 5, perYear: true } };
