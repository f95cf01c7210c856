import type { ErrorCode } from '../../shared/errors';
import type { Permission, RoleKey } from '../../shared/permissions';

const errors: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Some fields need attention: {{fields}}.',
  NOT_SIGNED_IN: 'You are not signed in. Please sign in again.',
  SESSION_LOCKED: 'The screen is locked. Unlock it to continue.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'That record could not be found. It may have been removed.',
  CONFLICT: 'Someone else changed this at the same time. Reload and try again.',
  STORE_NOT_OPEN: 'The clinic data is not open yet.',
  SETUP_ALREADY_DONE: 'This clinic has already been set up.',
  SETUP_NOT_ALLOWED: 'This step is not allowed once the clinic is set up.',
  RECOVERY_CODE_INVALID: 'That recovery code is not valid. Check each group of five characters.',
  RECOVERY_CODE_WRONG: 'That recovery code does not open this clinic data.',
  KEYCHAIN_UNAVAILABLE: 'The computer’s secure key store is not available.',
  LOGIN_FAILED: 'Wrong username or password.',
  ACCOUNT_LOCKED: 'This account is locked after too many attempts. Try again after {{until}}.',
  ACCOUNT_DISABLED: 'This account is disabled. Ask the clinic admin.',
  UNLOCK_FAILED: 'That password or PIN is not right.',
  PASSWORD_TOO_WEAK: 'Choose a stronger password: at least 10 characters with a letter and a digit, different from the old one.',
  USERNAME_TAKEN: 'The username “{{username}}” is already taken.',
  ROLE_IN_USE: 'This role is still given to some users.',
  LAST_ADMIN: 'At least one active admin must keep full user and role management.',
  BACKUP_FOLDER_UNUSABLE: 'The backup folder cannot be used. Check the path and that the drive is plugged in.',
  BACKUP_NOT_FOUND: 'The backup file {{file}} was not found.',
  BACKUP_UNREADABLE: 'The backup file {{file}} cannot be read.',
  PATIENT_DUPLICATE_IDENTITY: 'This identity number is already registered as {{existingMrn}}.',
  PATIENT_POSSIBLE_DUPLICATE: 'A patient with the same name and date of birth exists ({{existingMrn}}).',
  IDENTITY_INVALID: 'The identity number is not valid: {{reason}}.',
  INTERNAL: 'Something went wrong inside ClinicDesk. Please try again.',
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
  'queue.operate': 'Operate the queue',
  'consultation.write': 'Write consultations',
  'pharmacy.dispense': 'Dispense medicines',
  'billing.operate': 'Bill and take payments',
  'finance.view': 'See finance',
  'reports.view': 'See reports',
  'hq.manage': 'Manage HQ link',
};

const roles: Record<RoleKey, string> = {
  admin: 'Admin',
  doctor: 'Doctor',
  nurse: 'Nurse',
  receptionist: 'Receptionist',
  pharmacist: 'Pharmacist',
  finance: 'Finance',
  hq_staff: 'HQ staff',
};

export const en = {
  errors,
  permissions,
  roles,
  error: { attemptsLeft: '{{count}} attempts left before the account locks.', offline: 'Cannot reach the ClinicDesk hub. Check that it is running.' },
  common: {
    save: 'Save', cancel: 'Cancel', close: 'Close', next: 'Next', back: 'Back', continue: 'Continue', saved: 'Saved.',
    language: 'Language', loading: 'Loading…', yes: 'Yes', no: 'No', print: 'Print', none: '—',
  },
  nav: { home: 'Home', patients: 'Patients', users: 'Users', roles: 'Roles & permissions', clinic: 'Clinic settings', audit: 'Audit log', backups: 'Backups' },
  languages: { en: 'English', ms: 'Bahasa Melayu', zh: 'Chinese', ta: 'Tamil' },
  setup: {
    title: 'Set up your clinic', clinicStep: 'Clinic', adminStep: 'Owner account', codeStep: 'Recovery code',
    restoreInstead: 'Restore from a backup instead', newInstead: 'Set up a new clinic instead',
    clinicName: 'Clinic name', address: 'Address', phone: 'Phone', registrationNo: 'Registration no.', currency: 'Currency',
    timeZone: 'Time zone', languages: 'Languages', taxEnabled: 'Charge tax', taxName: 'Tax name', taxRate: 'Tax rate (%)',
    taxRegistrationNo: 'Tax registration no.', username: 'Username', displayName: 'Display name', password: 'Password',
    passwordConfirm: 'Confirm password', passwordRule: 'At least 10 characters, with a letter and a digit.',
    passwordMismatch: 'The passwords do not match.', finish: 'Finish set-up',
  },
  recoveryCode: {
    title: 'Your recovery code', explain: 'This code is the only way to open the clinic data on another PC or after the key store is lost. It is shown once. Print it or write it down and keep it somewhere safe, away from the PC.',
    cardTitle: 'ClinicDesk recovery code', confirm: 'I have printed or written down this code',
  },
  recovery: {
    title: 'Recovery code needed', enter: 'Recovery code', submit: 'Open clinic data',
    'key-missing': 'The key that unlocks the clinic data is missing from this computer (perhaps Windows was reinstalled or the user changed).',
    'key-wrong': 'The key on this computer does not open the clinic data (perhaps the data came from another PC).',
    unknown: 'The clinic data cannot be opened with the key on this computer.',
    hint: 'Type the recovery code printed when the clinic was set up.',
  },
  restore: {
    title: 'Restore a backup onto this PC', folder: 'Backup folder', find: 'Find backups', none: 'No backups found in that folder.',
    pick: 'Choose a backup', code: 'Recovery code of that clinic', submit: 'Restore',
  },
  login: {
    title: 'Sign in', username: 'Username', password: 'Password', pin: 'PIN', usePin: 'Use PIN', usePassword: 'Use password', submit: 'Sign in',
  },
  changePassword: {
    title: 'Choose a new password', explain: 'Your password was set by an admin. Choose your own before you continue.',
    current: 'Current password', new: 'New password', confirm: 'Confirm new password', submit: 'Change password',
  },
  shell: { lock: 'Lock', signOut: 'Sign out', lastBackup: 'Last backup {{when}}', noBackup: 'No backup yet', backupFailed: 'Last backup failed: {{error}}' },
  lock: { title: 'Locked — {{name}}', unlock: 'Unlock', switchUser: 'Switch user' },
  notPermitted: { title: 'Not permitted', body: 'Your role does not allow this screen. Ask the clinic admin if you need it.' },
  home: {
    welcome: 'Welcome, {{name}}', signedInAs: 'Signed in as {{username}}', roles: 'Roles', setPin: 'Set my PIN',
    pinExplain: 'A PIN of 4 to 8 digits lets you sign in and unlock quickly on a shared PC.', pin: 'New PIN', currentPassword: 'Current password', pinSaved: 'Your PIN is set.',
  },
  users: {
    create: 'Create user', edit: 'Edit', disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password',
    username: 'Username', displayName: 'Name', roles: 'Roles', status: 'Status', lastLogin: 'Last login', active: 'Active', disabled: 'Disabled', locked: 'Locked',
    temporaryPassword: 'Temporary password', newPassword: 'New temporary password', never: 'Never',
  },
  rolesPage: { role: 'Role', users: '{{count}} users', readOnly: 'You can see the permissions but not change them.' },
  clinic: { profile: 'Clinic profile', security: 'Security', idleLock: 'Lock the screen after (minutes idle)', backup: 'Backup settings', folder: 'Backup folder', dailyAt: 'Daily backup time (HH:MM)', keep: 'Backups to keep' },
  audit: {
    time: 'Time', who: 'Who', action: 'Action', entity: 'Record', entityId: 'Record id', actionPrefix: 'Action starts with', from: 'From', to: 'To',
    filter: 'Apply filters', loadMore: 'Load more', verify: 'Verify chain', verifyOk: 'Chain intact: {{checked}} entries checked.',
    verifyBroken: 'Chain broken at entry {{seq}} ({{problem}}) after {{checked}} entries.', before: 'Before', after: 'After', system: 'System',
    problem: { edited: 'edited', missing: 'missing', reordered: 'reordered' },
  },
  patients: {
    search: 'Search by name, IC, passport, phone or MRN', register: 'Register patient', noResults: 'No patient matches.',
    age: '{{count}} y', open: 'Open', backToSearch: 'Back to search', registerAnyway: 'Register anyway',
    alreadyRegistered: 'Already registered as {{mrn}}. Open that record?',
    possibleDuplicate: 'A patient with the same name and date of birth exists ({{mrn}}) — register anyway?',
    identity: 'Identity', fullName: 'Full name (as on the document)', identityType: 'Document', identityNo: 'Document number',
    myKadHint: 'Date of birth and sex are read from the MyKad number.', nationality: 'Nationality (ISO code, e.g. IDN)',
    dateOfBirth: 'Date of birth', sex: 'Sex', contact: 'Contact', phones: 'Phones (separate with commas)', email: 'Email',
    address: 'Address', postcode: 'Postcode', employer: 'Employer', emergencyContact: 'Emergency contact', emergencyName: 'Name',
    emergencyRelationship: 'Relationship', emergencyPhone: 'Phone', allergies: 'Allergies', noAllergies: 'No allergies recorded.',
    noKnownAllergies: 'No known allergies', allergen: 'Allergen', reaction: 'Reaction', severity: 'Severity', addAllergy: 'Add allergy',
    remove: 'Remove', mergedAway: 'This record was merged into another patient and can no longer be edited.',
    identityTypes: { mykad: 'MyKad', passport: 'Passport', aadhaar: 'Aadhaar', other: 'Other document' },
    sexes: { male: 'Male', female: 'Female' },
    severities: { mild: 'Mild', moderate: 'Moderate', severe: 'Severe' },
  },
  identityReason: {
    format: 'it does not have the right form', date: 'the birth date in it does not exist', place: 'the place-of-birth code is not issued',
    checksum: 'its check digit is wrong', nationality: 'the nationality is not a known country code', mismatch: 'the date of birth or sex does not match the MyKad number',
  },
  backups: {
    now: 'Back up now', restore: 'Restore', name: 'File', size: 'Size', created: 'Created', none: 'No backups in the folder yet.',
    confirmTitle: 'Restore this backup?', confirmBody: 'All current clinic data will be replaced by the backup “{{name}}”. The current data is kept aside in the data folder, not deleted. Everyone will be signed out.',
    folderNotSet: 'Set a backup folder in Clinic settings first.', done: 'Backup saved.',
  },
};

/** The shape every language must fill in, key for key. */
export type Resources = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
