import { defineModule } from '../../api/core/module';
import { BackupService } from '../../store/backups';
import { clinicKey } from '../clinic';
import { backupKey } from './key';
import { backupRouter } from './router';

export { backupKey, type BackupServices } from './key';

/** Encrypted backups to the clinic's folder, by hand and on schedule, and restores. */
export const backupModule = defineModule({
  key: backupKey,
  needs: { clinic: clinicKey },
  entities: [],
  build: ({ clinic }, platform) => ({ backups: new BackupService(platform.store, platform.work), clinic: clinic.clinic }),
  routes: { backup: backupRouter },
});
