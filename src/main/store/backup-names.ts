/** A finished backup: `clinicdesk-<UTC date>-<UTC time>[-n].cdbackup`. */
export const BACKUP_PATTERN = /^clinicdesk-(\d{8})-(\d{6})(?:-\d+)?\.cdbackup$/;

/** What a backup killed mid-write leaves: its temporary file and SQLite's journal beside it. */
const UNFINISHED_PATTERN = /^clinicdesk-\d{8}-\d{6}(?:-\d+)?\.cdbackup\.partial(?:-journal|-wal|-shm)?$/;

/** The audit anchor written beside a backup just before the backup is renamed into place. */
const ANCHOR_PATTERN = /^(clinicdesk-\d{8}-\d{6}(?:-\d+)?\.cdbackup)\.anchor$/;

/** The backup an anchor file belongs to, or null when the name is not an anchor's. */
export function backupOfAnchor(name: string): string | null {
  return ANCHOR_PATTERN.exec(name)?.[1] ?? null;
}

export function isBackupName(name: string): boolean {
  return BACKUP_PATTERN.test(name);
}

export function isUnfinishedBackupName(name: string): boolean {
  return UNFINISHED_PATTERN.test(name);
}
