import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS } from '../../../shared/schemas/clinic';
import { settingsSection } from '../../api/core/settings-section';

/** Where backups go, when the daily one runs, how many are kept. */
export const backupSettings = settingsSection({
  name: 'backup',
  schema: backupSettingsSchema,
  view: 'backup.manage',
  manage: 'backup.manage',
  defaults: () => DEFAULT_BACKUP_SETTINGS,
});
