/** English text of first-run set-up, the recovery code and restoring onto a new PC. */
export const setupEn = {
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
    title: 'Restore a backup onto this PC', folder: 'Backup folder', find: 'Find backups', none: 'No backups found there. Check the folder’s full path (such as E:\\ClinicDesk or /media/usb/ClinicDesk) and that the drive is plugged in.',
    pick: 'Choose a backup', code: 'Recovery code of that clinic', submit: 'Restore',
  },
};
