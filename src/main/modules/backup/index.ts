import { defineModule } from '../../api/core/module';
import { BackupService } from '../../store/backups';
import { backupSettings } from './backup-settings';
import { backupKey } from './key';
import { backupRouter } from './router';

export { backupKey, type BackupServices } from './key';
export { backupSettings } from './backup-settings';

/** Encrypted backups to the clinic's folder, by hand and on schedule, and restores. */
export const backupModule = defineModule({
  key: backupKey,
  needs: {},
  entities: [],
  build: (_needs, platform) => ({ backups: new BackupService(platform.store, platform.work), settings: platform.settings }),
  routes: { backup: backupRouter },
  settings: { backup: backupSettings },
  seed: async (uow, { settings }) => void (await settings.get(uow, backupSettings)),
});
