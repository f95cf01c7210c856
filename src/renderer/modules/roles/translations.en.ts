import type { Permission, RoleKey } from '../../../shared/permissions';

const roles: Record<RoleKey, string> = {
  admin: 'Admin',
  doctor: 'Doctor',
  nurse: 'Nurse',
  receptionist: 'Receptionist',
  pharmacist: 'Pharmacist',
  finance: 'Finance',
  hq_staff: 'HQ staff',
};

const permissions: Record<Permission, string> = {
  'users.view': 'See users',
  'users.manage': 'Manage users',
  'roles.manage': 'Manage roles and permissions',
  'clinic.view': 'See clinic settings',
  'clinic.manage': 'Change clinic settings',
  'audit.view': 'See the audit log',
  'backup.manage': 'Manage backups',
  'patients.view': 'See patients',
  'patients.manage': 'Register and edit patients',
  'patients.merge': 'Merge duplicate patient records',
  'patients.import': 'Import patients from a CSV file',
  'queue.operate': 'Operate the queue',
  'appointments.book': 'Book and change appointments',
  'schedules.manage': 'Set doctors’ schedules, leave and appointment types',
  'clinical.view': 'Read clinical records (notes, diagnoses, vitals, prescriptions)',
  'consultation.write': 'Write consultations',
  'pharmacy.dispense': 'Dispense medicines',
  'stock.manage': 'Receive goods, order from suppliers and count stock',
  'stock.adjust': 'Adjust and write off stock, post stock takes',
  'billing.operate': 'Bill and take payments',
  'billing.adjust': 'Give discounts and void invoices',
  'finance.view': 'See finance',
  'einvoice.submit': 'Build and submit e-invoices to LHDN',
  'reports.view': 'See reports',
  'hq.manage': 'Manage HQ link',
};

/** English text of roles and permissions. */
export const rolesEn = {
  roles,
  permissions,
  rolesPage: {
    permission: 'Permission',
    users_one: '{{count}} user',
    users_other: '{{count}} users',
    save_one: 'Save the changed role',
    save_other: 'Save {{count}} changed roles',
    discard: 'Undo changes',
    readOnly: 'You can see the permissions but not change them.',
  },
};
