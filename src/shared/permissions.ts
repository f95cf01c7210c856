/**
 * Named permissions. Every API procedure names exactly one of these (or none, for the
 * few procedures that work before sign-in); roles are sets of them that an admin can adjust.
 */
export const PERMISSIONS = [
  'users.view',
  'users.manage',
  'roles.manage',
  'clinic.view',
  'clinic.manage',
  'audit.view',
  'backup.manage',
  'patients.view',
  'patients.manage',
  'patients.merge',
  'patients.import',
  'queue.operate',
  'appointments.book',
  'schedules.manage',
  'clinical.view',
  'consultation.write',
  'pharmacy.dispense',
  'stock.manage',
  'stock.adjust',
  'billing.operate',
  'billing.adjust',
  'finance.view',
  'einvoice.submit',
  'reports.view',
  'hq.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_KEYS = [
  'admin',
  'doctor',
  'nurse',
  'receptionist',
  'pharmacist',
  'finance',
  'hq_staff',
] as const;

export type RoleKey = (typeof ROLE_KEYS)[number];

/** What each built-in role can do on a fresh install. Admins adjust these later. */
export const DEFAULT_ROLE_PERMISSIONS: Record<RoleKey, readonly Permission[]> = {
  admin: PERMISSIONS,
  doctor: ['clinic.view', 'patients.view', 'patients.manage', 'queue.operate', 'appointments.book', 'clinical.view', 'consultation.write', 'pharmacy.dispense', 'reports.view'],
  nurse: ['clinic.view', 'patients.view', 'patients.manage', 'queue.operate', 'appointments.book', 'clinical.view', 'consultation.write'],
  receptionist: ['clinic.view', 'patients.view', 'patients.manage', 'queue.operate', 'appointments.book', 'billing.operate'],
  pharmacist: ['clinic.view', 'patients.view', 'queue.operate', 'pharmacy.dispense', 'stock.manage', 'stock.adjust'],
  finance: ['clinic.view', 'billing.operate', 'billing.adjust', 'finance.view', 'einvoice.submit', 'reports.view'],
  hq_staff: ['clinic.view', 'reports.view', 'finance.view', 'hq.manage'],
};
