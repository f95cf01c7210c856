import type { OpenHub } from '../api/context';
import { runAsSystem } from '../api/run-as-system';
import { isBackupDue } from './backup-schedule';
import type { Logger } from './logger';

/** Checks once a minute whether today's backup is due, and runs it. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly openHub: () => OpenHub | null,
    private readonly logger: Logger,
    private readonly clock: () => Date,
    private readonly intervalMs = 60_000,
  ) {}

  start(): void {
    this.stop();
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
      const settings = await runAsSystem(open, (uow) => open.services.clinic.get(uow));
      const last = await open.services.backups.lastSuccessfulAt();
      if (!isBackupDue(now, settings.profile.timeZone, settings.backup, last)) return;
      const backup = await open.services.backups.create(settings.backup.folder, settings.backup.keep, null, now);
      this.logger.info('backup.scheduled', { name: backup.name, sizeBytes: backup.sizeBytes });
    } catch (error) {
      this.logger.error('backup.scheduledFailed', error);
    } finally {
      this.running = false;
    }
  }
}
