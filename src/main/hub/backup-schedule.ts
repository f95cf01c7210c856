import { clinicDateTime } from '../../shared/clinic-time';
import type { BackupSettings } from '../../shared/schemas/clinic';

/**
 * A daily backup is due once the clinic's local clock has passed `dailyAt` on a day
 * that has no successful backup yet. A PC switched off at 23:00 backs up when it next runs.
 */
export function isBackupDue(now: Date, timeZone: string, settings: BackupSettings, lastSuccessAt: Date | null): boolean {
  if (!settings.folder) return false;
  const today = clinicDateTime(now, timeZone);
  if (today.time < settings.dailyAt) {
    // Before today's slot: yesterday's backup counts unless it never happened.
    return lastSuccessAt === null ? false : clinicDateTime(lastSuccessAt, timeZone).date < previousDate(today.date);
  }
  return lastSuccessAt === null || clinicDateTime(lastSuccessAt, timeZone).date < today.date;
}

function previousDate(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
