import { moduleKey } from '../../api/core/module';
import type { BackupService } from '../../store/backups';
import type { ClinicService } from '../clinic';

export interface BackupServices {
  backups: BackupService;
  /** Where the backup folder and schedule are read. */
  clinic: ClinicService;
}

export const backupKey = moduleKey<BackupServices>('backup');
