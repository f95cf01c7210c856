/** A finished backup: `clinicdesk-<UTC date>-<UTC time>[-n].cdbackup`. */
export const BACKUP_PATTERN = /^clinicdesk-(\d{8})-(\d{6})(?:-\d+)?\.cdbackup$/;

/** What a backup killed mid-write leaves: its temporary file and SQLite's journal beside it. */
const UNFINISHED_PATTERN = /^clinicdesk-\d{8}-\d{6}(?:-\d+)?\.cdbackup\.partial(?:-journal|-wal|-shm)?$/;

export function isBackupName(name: string): boolean {
  return BACKUP_PATTERN.test(name);
}

export function isUnfinishedBackupName(name: string): boolean {
  return UNFINISHED_PATTERN.test(name);
}
