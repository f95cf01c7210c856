/** English text of the backups screen. */
export const backupsEn = {
  backups: {
    now: 'Back up now', restore: 'Restore', name: 'File', size: 'Size', created: 'Created', none: 'No backups in the folder yet.',
    confirmTitle: 'Restore this backup?', confirmBody: 'All current clinic data will be replaced by the backup “{{name}}”. The current data is kept aside in the data folder, not deleted. Everyone will be signed out.',
    folderNotSet: 'Set a backup folder in Clinic settings first.', done: 'Backup saved.',
  },
};
