import { moduleKey } from '../../api/core/module';
import type { SettingsStore } from '../../settings/settings-store';
import type { BackupService } from '../../store/backups';

export interface BackupServices {
  backups: BackupService;
  /** Where the backup folder and schedule are read. */
  settings: SettingsStore;
}

export const backupKey = moduleKey<BackupServices>('backup');
