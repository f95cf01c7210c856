import type { OpenHub } from '../api/core/context';
import { runAsSystem } from '../api/core/procedures';
import { backupKey, backupSettings } from '../modules';
import { isBackupDue } from './backup-schedule';
import type { Logger } from '../log/logger';

/** Checks once a minute whether today's backup is due, and runs it; the first check after start also removes what a killed backup left. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** Whether this start's first check has removed what a killed backup left in the folder. */
  private tidied = false;

  constructor(
    private readonly openHub: () => OpenHub | null,
    private readonly logger: Logger,
    private readonly clock: () => Date,
    private readonly intervalMs = 60_000,
  ) {}

  start(): void {
    this.stop();
    this.tidied = false;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check; exposed so the hub can run it at start-up and tests can run it directly. */
  async tick(now = this.clock()): Promise<void> {
    const open = this.openHub();
    if (!open || this.running) return;
    this.running = true;
    try {
      const { backups } = open.services.of(backupKey);
      const settings = await runAsSystem(open, (uow) => open.settings.get(uow, backupSettings));
      if (!this.tidied && settings.folder) {
        this.tidied = true;
        const removed = await backups.removeUnfinished(settings.folder).catch(() => 0);
        if (removed > 0) this.logger.info('backup.unfinishedRemoved', { files: removed });
      }
      const last = await backups.lastSuccessfulAt();
      if (!isBackupDue(now, open.zone.get(), settings, last)) return;
      const backup = await backups.create(settings.folder, settings.keep, null, now);
      this.logger.info('backup.scheduled', { name: backup.name, sizeBytes: backup.sizeBytes });
    } catch (error) {
      this.logger.error('backup.scheduledFailed', error);
    } finally {
      this.running = false;
    }
  }
}
